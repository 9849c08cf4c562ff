/** The explorer: wires the view state (in the URL) to the panels and the network view. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { computeVisibility } from "../core/filter/visible.ts";
import type { ViewState } from "../core/view/view-state.ts";
import { FilterPanel } from "./filters/FilterPanel.tsx";
import { useFileOpener } from "./file/useFileOpener.ts";
import { ProblemsDialog } from "./file/ProblemsDialog.tsx";
import type { CyAdapter } from "./graph/cy-adapter.ts";
import { GraphView } from "./graph/GraphView.tsx";
import { Header } from "./header/Header.tsx";
import { HelpDialog } from "./help/HelpDialog.tsx";
import { Inspector } from "./inspector/Inspector.tsx";
import { Legend } from "./legend/Legend.tsx";
import { SearchBox } from "./search/SearchBox.tsx";
import { useShortcuts } from "./shortcuts/useShortcuts.ts";
import { SourcesView } from "./sources/SourcesView.tsx";
import { useLoadedDataset } from "./state/useLoadedDataset.ts";
import { useViewState } from "./state/useViewState.ts";
import { StatusLine, statusText } from "./status/StatusLine.tsx";
import { TablesView } from "./table/TablesView.tsx";
import { focusVisibility } from "./state/focus.ts";
import { Timeline } from "./timeline/Timeline.tsx";
import { PathsPanel } from "./analysis/PathsPanel.tsx";
import { MetricsView, type DecorateSettings, type Decorations } from "./analysis/MetricsView.tsx";
import type { PathView } from "../core/view/view-state.ts";
import type { FilterState } from "../core/filter/filter-state.ts";

const TABS: { id: ViewState["tab"]; label: string }[] = [
  { id: "graph", label: "Graph" },
  { id: "table", label: "Table" },
  { id: "metrics", label: "Metrics" },
  { id: "sources", label: "Sources" },
];

export function App() {
  const { view, update, notices } = useViewState();
  const { loaded, error, openLocal, closeLocal } = useLoadedDataset(view.dataset);
  const [helpOpen, setHelpOpen] = useState(false);
  const [noticesDismissed, setNoticesDismissed] = useState(false);
  const adapter = useRef<CyAdapter | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const onDataset = useCallback(
    (dataset: Parameters<typeof openLocal>[0], fileName: string) => {
      openLocal(dataset, fileName);
      update((v) => ({ ...v, selection: null, focus: null, query: "" }));
    },
    [openLocal, update],
  );
  const files = useFileOpener(onDataset);

  const filtered = useMemo(
    () => (loaded ? computeVisibility(loaded.dataset, view.filters) : null),
    [loaded, view.filters],
  );
  const visibility = useMemo(
    () => (loaded && filtered ? focusVisibility(loaded, filtered, view.focus) : null),
    [loaded, filtered, view.focus],
  );

  const select = useCallback(
    (selection: ViewState["selection"]) => update((v) => ({ ...v, selection })),
    [update],
  );
  const focusOn = useCallback(
    (actor: string, depth: 1 | 2 | 3) =>
      update((v) => ({ ...v, focus: { actor, depth }, selection: { kind: "actor", id: actor } })),
    [update],
  );
  const patchFilters = useCallback(
    (patch: Partial<FilterState>, options?: { replace?: boolean }) =>
      update((v) => ({ ...v, filters: { ...v.filters, ...patch } }), options),
    [update],
  );
  const [decorations, setDecorations] = useState<Decorations>(null);
  const [decorate, setDecorate] = useState<DecorateSettings>({ sizeBy: "", byCommunity: false });
  const [pathHighlight, setPathHighlight] = useState<{ actors: string[]; ties: string[] } | null>(
    null,
  );
  const setPaths = useCallback(
    (paths: PathView | null) => update((v) => ({ ...v, paths })),
    [update],
  );
  const eventHighlight = useMemo(() => {
    if (!loaded || view.selection?.kind !== "event") return null;
    const id = view.selection.id;
    const event = loaded.dataset.events?.find((e) => e.id === id);
    return event ? { actors: (event.participants ?? []).map((p) => p.actor), ties: [] } : null;
  }, [loaded, view.selection]);
  const highlight = view.side === "paths" && pathHighlight ? pathHighlight : eventHighlight;
  useEffect(() => {
    // metric decorations belong to the dataset they were computed on
    setDecorate({ sizeBy: "", byCommunity: false });
    setDecorations(null);
  }, [loaded]);
  const onAdapter = useCallback((a: CyAdapter | null) => {
    adapter.current = a;
  }, []);

  useShortcuts({
    "/": () => searchInput.current?.focus(),
    "?": () => setHelpOpen(true),
    "+": () => adapter.current?.zoomBy(1.25),
    "=": () => adapter.current?.zoomBy(1.25),
    "-": () => adapter.current?.zoomBy(0.8),
    "0": () => adapter.current?.fit(),
    ArrowLeft: () => adapter.current?.panBy(60, 0),
    ArrowRight: () => adapter.current?.panBy(-60, 0),
    ArrowUp: () => adapter.current?.panBy(0, 60),
    ArrowDown: () => adapter.current?.panBy(0, -60),
    f: () => {
      if (view.selection?.kind !== "actor") return;
      const depth = view.focus?.actor === view.selection.id && view.focus.depth === 1 ? 2 : 1;
      focusOn(view.selection.id, depth);
    },
    Escape: () => update((v) => ({ ...v, selection: null, focus: null })),
    g: () => update((v) => ({ ...v, tab: "graph" })),
    t: () => update((v) => ({ ...v, tab: "table" })),
    s: () => update((v) => ({ ...v, tab: "sources" })),
  });

  const focusName = view.focus
    ? (loaded?.actorsById.get(view.focus.actor)?.name ?? view.focus.actor)
    : "";

  return (
    <div
      className="app"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file) void files.open(file);
      }}
    >
      <Header
        datasetKey={loaded?.key ?? view.dataset}
        onPickBundled={(id) => {
          closeLocal();
          update((v) => ({ ...v, dataset: id, selection: null, focus: null, query: "" }));
        }}
        onOpenFile={(file) => void files.open(file)}
        onHelp={() => setHelpOpen(true)}
        search={
          loaded && (
            <SearchBox
              loaded={loaded}
              query={view.query}
              inputRef={searchInput}
              onQuery={(query) => update((v) => ({ ...v, query }), { replace: true })}
              onChoose={(id) => {
                update((v) => ({ ...v, selection: { kind: "actor", id } }));
                adapter.current?.centerOn(id);
              }}
            />
          )
        }
      />
      {notices.length > 0 && !noticesDismissed && (
        <div className="notice" role="alert">
          <p>Parts of the link could not be used, so defaults were applied:</p>
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setNoticesDismissed(true)}>
            Dismiss
          </button>
        </div>
      )}
      {error && !loaded && (
        <div className="notice" role="alert">
          <pre>{error}</pre>
        </div>
      )}
      {files.busy && <p role="status">{files.busy}</p>}
      {loaded && visibility && filtered && (
        <div className="workspace">
          <nav className="sidebar" aria-label="Filters and legend">
            <FilterPanel
              loaded={loaded}
              filters={view.filters}
              onChange={(filters) => update((v) => ({ ...v, filters }))}
            />
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
              {view.focus && (
                <button
                  type="button"
                  className="clear-focus"
                  onClick={() => update((v) => ({ ...v, focus: null }))}
                >
                  Clear focus on {focusName}
                </button>
              )}
            </div>
            <div
              role="tabpanel"
              id="panel-graph"
              aria-labelledby="tab-graph"
              className="tab-panel graph-panel"
              hidden={view.tab !== "graph"}
            >
              <GraphView
                loaded={loaded}
                visibility={visibility}
                selection={view.selection}
                highlight={highlight}
                decorations={decorations}
                onSelect={select}
                onFocus={(id) => focusOn(id, 1)}
                onAdapter={onAdapter}
              />
              <Timeline
                loaded={loaded}
                filters={view.filters}
                selection={view.selection}
                onFilters={patchFilters}
                onSelect={select}
              />
            </div>
            {view.tab === "table" && (
              <div
                role="tabpanel"
                id="panel-table"
                aria-labelledby="tab-table"
                className="tab-panel"
              >
                <TablesView
                  loaded={loaded}
                  visibility={visibility}
                  selection={view.selection}
                  onSelect={select}
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
                  onSelect={select}
                  onDecorate={setDecorations}
                  decorate={decorate}
                  onDecorateSettings={setDecorate}
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
            <StatusLine
              text={statusText(
                visibility,
                { actors: loaded.dataset.actors.length, ties: loaded.dataset.ties.length },
                view.filters,
                view.focus ? { ...view.focus, name: focusName } : null,
                highlight
                  ? {
                      actors: highlight.actors,
                      what: highlight === pathHighlight ? "path" : "event participants",
                    }
                  : null,
              )}
            />
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
            </div>
            {view.side === "details" ? (
              <Inspector
                loaded={loaded}
                selection={view.selection}
                visibleTies={visibility.ties}
                onSelect={select}
                onFocus={focusOn}
              />
            ) : (
              <aside className="inspector" aria-label="Path finder">
                <PathsPanel
                  loaded={loaded}
                  filters={view.filters}
                  filtered={filtered}
                  view={view.paths}
                  onChange={setPaths}
                  onHighlight={setPathHighlight}
                />
              </aside>
            )}
          </div>
        </div>
      )}
      {files.failure && (
        <ProblemsDialog
          fileName={files.failure.fileName}
          problems={files.failure.problems}
          onClose={files.clearFailure}
        />
      )}
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
