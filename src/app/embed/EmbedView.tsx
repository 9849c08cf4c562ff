/** The chrome-less, read-only view for iframes: the network, the story step if any, and the status line. */
import type { CyAdapter } from "../graph/cy-adapter.ts";
import { GraphView } from "../graph/GraphView.tsx";
import type { Explorer } from "../state/useExplorer.ts";
import { StatusLine } from "../status/StatusLine.tsx";
import { StoryPanel } from "../story/StoryPanel.tsx";

export function EmbedView({
  explorer,
  onAdapter,
}: {
  explorer: Explorer;
  onAdapter(a: CyAdapter | null): void;
}) {
  const { loaded, effective, story } = explorer;
  const full = new URL(window.location.href);
  full.searchParams.delete("embed");
  return (
    <main className="embed-view" aria-label={loaded.dataset.meta.title}>
      <GraphView
        loaded={loaded}
        visibility={explorer.visibility}
        selection={effective.selection}
        highlight={explorer.highlight}
        decorations={null}
        camera={explorer.camera}
        onSelect={explorer.select}
        onFocus={() => undefined}
        onAdapter={onAdapter}
        applying={explorer.applying}
      />
      {story && (
        <StoryPanel narrative={story.narrative} index={story.index} onStep={explorer.goToStep} />
      )}
      <p className="embed-credit">
        <a href={full.href} target="_blank" rel="noopener noreferrer">
          {loaded.dataset.meta.title} — open in Tamyr
        </a>
      </p>
      <StatusLine text={explorer.status} />
    </main>
  );
}
