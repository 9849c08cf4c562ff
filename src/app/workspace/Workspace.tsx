/** The full explorer layout: filters and legend, the tabbed main area, and the side panel. */
import type { ViewState } from "../../core/view/view-state.ts";
import { MetricsView } from "../analysis/MetricsView.tsx";
import { PathsPanel } from "../analysis/PathsPanel.tsx";
import { FilterPanel } from "../filters/FilterPanel.tsx";
import type { CyAdapter } from "../graph/cy-adapter.ts";
import { GraphView } from "../graph/GraphView.tsx";
import { Inspector } from "../inspector/Inspector.tsx";
import { Legend } from "../legend/Legend.tsx";
import { SourcesView } from "../sources/SourcesView.tsx";
import type { Explorer } from "../state/useExplorer.ts";
import { StatusLine } from "../status/StatusLine.tsx";
import { StoryPanel } from "../story/StoryPanel.tsx";
import { TablesView } from "../table/TablesView.tsx";
import { Timeline } from "../timeline/Timeline.tsx";
import type { EditHandlers } from "../graph/edit-mode.ts";
import type { Positions } from "../graph/elements.ts";

const TABS: { id: ViewState["tab"]; label: string }[] = [
  { id: "graph", label: "Graph" },
  { id: "table", label: "Table" },
  { id: "metrics", label: "Metrics" },
  { id: "sources", label: "Sources" },
];

export function Workspace({
  explorer,
  onAdapter,
  editPanel,
  positions,
  graphEditing,
}: {
  explorer: Explorer;
  onAdapter(adapter: CyAdapter | null): void;
  editPanel: React.ReactNode;
  positions: Positions | undefined;
  graphEditing: (EditHandlers & { drawing: boolean }) | null;
}) {
  const { loaded, view, effective, visibility, filtered, update, story } = explorer;
  return (
    <div className="workspace">
      <nav className="sidebar" aria-label="Filters and legend">
        {story ? (
          <p className="notice">
            Story mode: the story sets the filters.{" "}
            <button type="button" onClick={explorer.exitStory}>
              Exit story
            </button>
          </p>
        ) : (
          <FilterPanel
            loaded={loaded}
            filters={view.filters}
            onChange={(filters) => update((v) => ({ ...v, filters }))}
          />
        )}
        <Legend loaded={loaded} />
      </nav>
      <main className="main">
        <div role="tablist" aria-label="Views" className="tabs">
          {TABS.map((tab) => (
            <button
              key={tab.id}
              role="tab"
              type="button"
              id={`tab-${tab.id}`}
              aria-selected={view.tab === tab.id}
              aria-controls={`panel-${tab.id}`}
              onClick={() => update((v) => ({ ...v, tab: tab.id }))}
            >
              {tab.label}
            </button>
          ))}
          {effective.focus && !story && (
            <button
              type="button"
              className="clear-focus"
              onClick={() => update((v) => ({ ...v, focus: null }))}
            >
              Clear focus on {explorer.focusName}
            </button>
          )}
        </div>
        <div
          role="tabpanel"
          id="panel-graph"
          aria-labelledby="tab-graph"
          className="tab-panel graph-panel"
          hidden={view.tab !== "graph"}
          aria-busy={explorer.applying}
        >
          <GraphView
            loaded={loaded}
            visibility={visibility}
            selection={effective.selection}
            highlight={explorer.highlight}
            decorations={explorer.decorations}
            camera={explorer.camera}
            onSelect={explorer.select}
            onFocus={(id) => explorer.focusOn(id, 1)}
            onAdapter={onAdapter}
            positions={positions}
            editing={graphEditing}
            applying={explorer.applying}
          />
          {story && (
            <StoryPanel
              narrative={story.narrative}
              index={story.index}
              onStep={explorer.goToStep}
              onExit={explorer.exitStory}
            />
          )}
          <Timeline
            loaded={loaded}
            filters={effective.filters}
            selection={effective.selection}
            onFilters={explorer.patchFilters}
            onSelect={explorer.select}
          />
        </div>
        {view.tab === "table" && (
          <div role="tabpanel" id="panel-table" aria-labelledby="tab-table" className="tab-panel">
            <TablesView
              loaded={loaded}
              visibility={visibility}
              selection={effective.selection}
              onSelect={explorer.select}
            />
          </div>
        )}
        {view.tab === "metrics" && (
          <div
            role="tabpanel"
            id="panel-metrics"
            aria-labelledby="tab-metrics"
            className="tab-panel"
          >
            <MetricsView
              loaded={loaded}
              visibility={visibility}
              onSelect={explorer.select}
              onDecorate={explorer.setDecorations}
              decorate={explorer.decorate}
              onDecorateSettings={explorer.setDecorate}
            />
          </div>
        )}
        {view.tab === "sources" && (
          <div
            role="tabpanel"
            id="panel-sources"
            aria-labelledby="tab-sources"
            className="tab-panel"
          >
            <SourcesView loaded={loaded} />
          </div>
        )}
        <StatusLine text={explorer.status} />
      </main>
      <div className="side">
        <div role="tablist" aria-label="Side panel" className="tabs side-tabs">
          <button
            type="button"
            role="tab"
            aria-selected={view.side === "details"}
            onClick={() => update((v) => ({ ...v, side: "details" }))}
          >
            Details
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={view.side === "paths"}
            onClick={() => update((v) => ({ ...v, side: "paths" }))}
          >
            Paths
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={view.side === "edit"}
            onClick={() => update((v) => ({ ...v, side: "edit" }))}
          >
            Edit
          </button>
        </div>
        {view.side === "edit" ? (
          <aside className="inspector" aria-label="Editor">
            {editPanel}
          </aside>
        ) : view.side === "details" ? (
          <Inspector
            loaded={loaded}
            selection={effective.selection}
            visibleTies={visibility.ties}
            onSelect={explorer.select}
            onFocus={explorer.focusOn}
          />
        ) : (
          <aside className="inspector" aria-label="Path finder">
            <PathsPanel
              loaded={loaded}
              filters={explorer.shownFilters}
              filtered={filtered}
              view={view.paths}
              onChange={explorer.setPaths}
              onHighlight={explorer.setPathHighlight}
            />
          </aside>
        )}
      </div>
    </div>
  );
}
