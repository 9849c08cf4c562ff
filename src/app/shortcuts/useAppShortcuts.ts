/** The explorer's keyboard shortcuts (listed in HelpDialog). In story mode ← and → step through the story. */
import type { RefObject } from "react";
import type { CyAdapter } from "../graph/cy-adapter.ts";
import type { Explorer } from "../state/useExplorer.ts";
import { useShortcuts } from "./useShortcuts.ts";

export function useAppShortcuts(
  explorer: Explorer,
  adapter: RefObject<CyAdapter | null>,
  searchInput: RefObject<HTMLInputElement | null>,
  openHelp: () => void,
): void {
  const { story, effective, update } = explorer;
  const steps = story?.narrative.steps.length ?? 0;
  useShortcuts({
    "/": () => searchInput.current?.focus(),
    "?": openHelp,
    "+": () => adapter.current?.zoomBy(1.25),
    "=": () => adapter.current?.zoomBy(1.25),
    "-": () => adapter.current?.zoomBy(0.8),
    "0": () => adapter.current?.fit(),
    ArrowLeft: () =>
      story ? story.index > 0 && explorer.goToStep(story.index - 1) : adapter.current?.panBy(60, 0),
    ArrowRight: () =>
      story
        ? story.index < steps - 1 && explorer.goToStep(story.index + 1)
        : adapter.current?.panBy(-60, 0),
    ArrowUp: () => adapter.current?.panBy(0, 60),
    ArrowDown: () => adapter.current?.panBy(0, -60),
    f: () => {
      if (effective.selection?.kind !== "actor") return;
      const id = effective.selection.id;
      const depth = effective.focus?.actor === id && effective.focus.depth === 1 ? 2 : 1;
      explorer.focusOn(id, depth);
    },
    Escape: () => update((v) => ({ ...v, selection: null, focus: null })),
    g: () => update((v) => ({ ...v, tab: "graph" })),
    t: () => update((v) => ({ ...v, tab: "table" })),
    s: () => update((v) => ({ ...v, tab: "sources" })),
  });
}
