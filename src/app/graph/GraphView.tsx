/** The network canvas: hosts the cytoscape adapter and its controls. */
import { useEffect, useRef, useState } from "react";
import type { Visibility } from "../../core/filter/visible.ts";
import type { Selection } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import type { CyAdapter } from "./cy-adapter.ts";
import { FCOSE_LIMIT, LARGE_GRAPH } from "./drawing-thresholds.ts";
import type { EditHandlers, EditMode } from "./edit-mode.ts";
import type { Positions } from "./elements.ts";
import { layoutInWorker, spreadPositions } from "./layout.ts";
import { loadDrawing, loadFcoseLayout } from "./load-drawing.ts";
import { loadPositions, savePositions } from "./positions-store.ts";
import {
  loadRendererChoice,
  RENDERER_LABELS,
  drawsWithWebgl,
  saveRendererChoice,
  type RendererChoice,
} from "./renderer-choice.ts";

export interface GraphViewProps {
  loaded: LoadedDataset;
  visibility: Visibility;
  selection: Selection | null;
  highlight: { actors: string[]; ties: string[] } | null;
  /** Metric-driven sizes and community colours, or null. */
  decorations: {
    sizes: Record<string, number> | null;
    communities: Record<string, number> | null;
  } | null;
  /** When `key` changes, the camera moves to these actors (or everything shown). */
  camera?: { key: string; actors: string[] | null } | null;
  onSelect(selection: Selection | null): void;
  onFocus(actorId: string): void;
  /** Saved positions (a workspace's pinned actors); they win over the session's layout. */
  positions?: Positions;
  /** Sketching: when set, actors can be moved and, while drawing, ties drawn by dragging. */
  editing?: (EditHandlers & { drawing: boolean }) | null;
  /** Receives the adapter once it exists, for keyboard shortcuts and exports. */
  onAdapter(adapter: CyAdapter | null): void;
  /** A filter change is on its way to `visibility`: a large graph holds its drawing until it arrives. */
  applying?: boolean;
}

export function GraphView(props: GraphViewProps) {
  const {
    loaded,
    visibility,
    selection,
    highlight,
    decorations,
    camera,
    onAdapter,
    positions,
    editing,
    applying = false,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const [adapter, setAdapter] = useState<CyAdapter | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // the drawing's module, once loaded (the adapter exists only after it is)
  const drawingModule = useRef<typeof import("./drawing.ts") | null>(null);
  // which dataset is drawn, and while a large one is drawn in pieces, how far along
  const [drawn, setDrawnState] = useState<{ key: string; fraction: number | null }>({
    key: "",
    fraction: null,
  });
  const [grouped, setGrouped] = useState(false);
  const [renderer, setRenderer] = useState<RendererChoice>(loadRendererChoice);
  const handlers = useRef(props);
  handlers.current = props;

  // one drawing per dataset key: edits to the same workspace are applied as diffs below
  const datasetKey = loaded.key;
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const loaded = handlers.current.loaded;
    const savedProp = handlers.current.positions;
    const saved = savedProp ?? {};
    const session = loadPositions(loaded.key);
    // the dataset's own positions over the session's; copied only when there are both (a copy of
    // 50,000 positions is a long task of its own)
    const hasSaved = Object.keys(saved).length > 0;
    const cached =
      session && hasSaved ? { ...session, ...saved } : (session ?? (hasSaved ? saved : null));
    const complete = cached && Object.keys(cached).length >= loaded.dataset.actors.length;
    // a large network without saved positions starts on a spread, so the first frame is an
    // overview (moving 50,000 actors there afterwards took a quarter of a second)
    const initial =
      complete || loaded.dataset.actors.length <= FCOSE_LIMIT
        ? (cached ?? {})
        : { ...spreadPositions(loaded.dataset.actors.map((a) => a.id)), ...cached };
    let instance: CyAdapter | null = null;
    let cancel = () => {};
    let live = true;
    const start = (drawn: CyAdapter) => {
      if (!live) return;
      setDrawnState({ key: loaded.key, fraction: null });
      if (complete) {
        drawn.fit();
      } else if (loaded.dataset.actors.length <= FCOSE_LIMIT) {
        void loadFcoseLayout()
          .then(({ layoutWithFcose }) => {
            if (!live) return;
            savePositions(loaded.key, layoutWithFcose(drawn.cy, saved));
            drawn.fit();
          })
          .catch(
            (error: unknown) =>
              live && setFailure(`the layout could not be loaded (${message(error)})`),
          );
      } else {
        // drawn on a cheap spread (given at creation) until ForceAtlas2 is done
        drawn.fit();
        setProgress(0);
        const job = layoutInWorker(loaded.dataset, (f) => setProgress(f));
        cancel = job.cancel;
        job.promise
          .then(async (positions) => {
            await drawn.movePositions(positions);
            if (!live) return;
            savePositions(loaded.key, positions);
            drawn.fit();
          })
          .catch(() => undefined)
          .finally(() => setProgress(null));
      }
      drawnFrom.current = { adapter: drawn, loaded, positions: savedProp };
      setAdapter(drawn);
      setGrouped(false);
      handlers.current.onAdapter(drawn);
    };
    const create = (drawing: typeof import("./drawing.ts")) => {
      if (!live) return;
      drawingModule.current = drawing;
      const created = new drawing.CyAdapter(
        element,
        loaded.dataset,
        loaded.vocabulary,
        initial,
        {
          onSelect: (s) => handlers.current.onSelect(s),
          onFocus: (id) => handlers.current.onFocus(id),
          onPositionsChanged: (positions) => savePositions(loaded.key, positions),
          onDrawProgress: (fraction) => setDrawnState({ key: loaded.key, fraction }),
        },
        renderer,
      );
      instance = created;
      if (created.inPieces) setDrawnState({ key: loaded.key, fraction: 0 });
      // large graphs are drawn in pieces: the rest of the page works meanwhile
      void created.ready.then(() => start(created));
    };
    // the drawing starts in a later task than the one that read the saved positions: once its
    // module is loaded, and for a large network two tasks after that, the first of which probes
    // WebGL (drawsWithWebgl), so that the probe and cytoscape's start are not one long task
    const large = loaded.dataset.actors.length > LARGE_GRAPH;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setFailure(null);
    loadDrawing().then(
      (drawing) => {
        if (!large) return create(drawing);
        timer = setTimeout(() => {
          drawsWithWebgl(renderer, large); // probes WebGL once, when this choice needs it
          timer = setTimeout(() => create(drawing), 0);
        }, 0);
      },
      (error: unknown) => live && setFailure(`the drawing could not be loaded (${message(error)})`),
    );
    return () => {
      live = false;
      clearTimeout(timer);
      cancel();
      handlers.current.onAdapter(null);
      instance?.destroy();
      setAdapter(null);
    };
    // a new renderer is a new drawing; positions come back from the session's cache
  }, [datasetKey, renderer]);

  // what the current adapter was drawn from: syncing it again would only redo the drawing's work
  const drawnFrom = useRef<{ adapter: CyAdapter; loaded: LoadedDataset; positions?: Positions }>(
    null,
  );
  useEffect(() => {
    const from = drawnFrom.current;
    if (from?.adapter === adapter && from.loaded === loaded && from.positions === positions) return;
    adapter?.syncDataset(loaded.dataset, loaded.vocabulary, positions ?? {});
  }, [adapter, loaded, positions]);

  const drawing = editing?.drawing ?? false;
  const editable = Boolean(editing);
  useEffect(() => {
    const drawing = drawingModule.current;
    if (!adapter || !editable || !drawing) return;
    const mode = new drawing.EditMode(adapter.cy, {
      onDrawTie: (s, t) => handlers.current.editing?.onDrawTie(s, t),
      onMoved: (moves) => handlers.current.editing?.onMoved(moves),
    });
    modeRef.current = mode;
    return () => {
      mode.destroy();
      modeRef.current = null;
    };
  }, [adapter, editable]);
  const modeRef = useRef<EditMode | null>(null);
  useEffect(() => {
    modeRef.current?.setDrawing(drawing);
  }, [drawing, adapter, editable]);

  useEffect(() => {
    adapter?.applyVisibility(visibility);
  }, [adapter, visibility]);

  // after the visibility's effect above, so that a change arriving with the end of the hold is drawn in it
  useEffect(() => {
    adapter?.holdDrawing(applying);
  }, [adapter, applying]);

  useEffect(() => {
    adapter?.setSelection(selection);
  }, [adapter, selection]);

  useEffect(() => {
    adapter?.setHighlight(highlight?.actors ?? [], highlight?.ties ?? []);
  }, [adapter, highlight]);

  useEffect(() => {
    adapter?.setDecorations(decorations?.sizes ?? null, decorations?.communities ?? null);
  }, [adapter, decorations]);

  const cameraKey = camera?.key;
  const cameraActors = camera?.actors;
  useEffect(() => {
    if (adapter && cameraKey) adapter.animateFit(cameraActors ?? null);
  }, [adapter, cameraKey, cameraActors]);

  useEffect(() => {
    onAdapter(adapter);
  }, [adapter, onAdapter]);

  const toggleGroups = () => {
    if (!adapter) return;
    const next = !grouped;
    adapter.setDomainGroups(next, new Map(loaded.vocabulary.domains.map((d) => [d.id, d.label])));
    setGrouped(next);
  };

  // busy from the first render of a new dataset until its drawing is complete
  const busy = !failure && (drawn.key !== datasetKey || drawn.fraction !== null);
  const drawProgress = drawn.key === datasetKey ? drawn.fraction : null;
  return (
    <div className="graph-view">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={`Network diagram of ${visibility.actors.size} actors and ${visibility.ties.size} ties. Use the Table tab for an accessible list.`}
        aria-busy={busy}
        tabIndex={0}
      />
      <div className="graph-controls" role="toolbar" aria-label="View controls">
        <button
          type="button"
          onClick={() => adapter?.zoomBy(1.25)}
          aria-label="Zoom in"
          title="Zoom in (+)"
        >
          +
        </button>
        <button
          type="button"
          onClick={() => adapter?.zoomBy(0.8)}
          aria-label="Zoom out"
          title="Zoom out (−)"
        >
          −
        </button>
        <button
          type="button"
          onClick={() => adapter?.fit()}
          aria-label="Fit to screen"
          title="Fit (0)"
        >
          ⤢
        </button>
        <button
          type="button"
          aria-pressed={grouped}
          onClick={toggleGroups}
          title="Group actors in boxes by domain"
        >
          Group by domain
        </button>
        <select
          aria-label="Renderer"
          title={`Drawn with ${adapter?.webgl ? "WebGL" : "canvas"}. WebGL is faster with a graphics card, slower without one.`}
          value={renderer}
          onChange={(e) => {
            const choice = e.target.value as RendererChoice;
            saveRendererChoice(choice);
            setRenderer(choice);
          }}
        >
          {(Object.keys(RENDERER_LABELS) as RendererChoice[]).map((choice) => (
            <option key={choice} value={choice}>
              {choice === "auto"
                ? `${RENDERER_LABELS.auto} (${adapter?.webgl ? "WebGL" : "canvas"})`
                : RENDERER_LABELS[choice]}
            </option>
          ))}
        </select>
      </div>
      {drawProgress !== null && (
        <GraphProgress label="Drawing the network" fraction={drawProgress} />
      )}
      {progress !== null && <GraphProgress label="Computing layout" fraction={progress} />}
      {failure && (
        <p className="graph-failure" role="alert">
          The network cannot be shown: {failure}. Reload the page to try again; the tables and
          filters still work.
        </p>
      )}
    </div>
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function GraphProgress({ label, fraction }: { label: string; fraction: number }) {
  const percent = Math.round(fraction * 100);
  return (
    <div
      className="graph-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      {label}… {percent}%
    </div>
  );
}
