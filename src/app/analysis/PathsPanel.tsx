/**
 * "How is X linked to Y, and how sure are we?": pick two actors or two
 * groups, get the k shortest paths with every hop's certainty and quote,
 * highlighted in the graph; or an explanation of why there is none.
 */
import { useEffect, useMemo, useState } from "react";
import { CERTAINTY_INFO, CERTAINTY_LEVELS, type Certainty } from "../../../schema/index.ts";
import type { FilterState } from "../../core/filter/filter-state.ts";
import type { Visibility } from "../../core/filter/visible.ts";
import { DEFAULT_PATH_VIEW, type PathView } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { withTieDetails } from "../../core/analysis/analysis-network.ts";
import { EndPicker } from "./EndPicker.tsx";
import { ROLE_PREFIX, roleGroups } from "./end-options.ts";
import { pathConstraints, resolveEnd } from "./path-request.ts";
import { PathResults } from "./PathResults.tsx";
import { ProgressLine } from "./ProgressLine.tsx";
import { useAnalysis } from "./useAnalysis.ts";

interface Props {
  loaded: LoadedDataset;
  filters: FilterState;
  /** What the actor filters show (focus not applied). */
  filtered: Visibility;
  view: PathView | null;
  onChange(view: PathView | null): void;
  onHighlight(highlight: { actors: string[]; ties: string[] } | null): void;
}

/** Why an end cannot be used: the filters hide it, or the dataset has no such actor. */
function unavailableMessage(loaded: LoadedDataset, end: string): string {
  const actor = loaded.actorsById.get(end);
  return actor
    ? `${actor.name} is hidden by the filters: show it again, or choose another actor.`
    : `This dataset has no actor “${end}”: choose another.`;
}

export function PathsPanel({ loaded, filters, filtered, view, onChange, onHighlight }: Props) {
  const eligible = filtered.actors;
  // the actors the filters show, with all their ties: tie filters become constraints instead
  const analysed = useMemo(
    () => ({ dataset: loaded.dataset, actorIds: eligible }),
    [loaded, eligible],
  );
  const analysis = useAnalysis<"paths">(analysed);
  const groups = useMemo(() => roleGroups(loaded, eligible), [loaded, eligible]);
  const [active, setActive] = useState(0);
  // the form edits a draft; "Find paths" puts it in the view (and the URL), which runs it
  const [settings, setSettings] = useState<PathView>(
    view ?? { ...DEFAULT_PATH_VIEW, from: "", to: "" },
  );
  useEffect(() => {
    if (view) setSettings(view);
  }, [view]);
  const set = (patch: Partial<PathView>) => setSettings((s) => ({ ...s, ...patch }));

  const ready = settings.from !== "" && settings.to !== "";
  // an end the filters hide (or a link names wrongly) is said so, not sent to the worker
  const unavailable = useMemo(
    () =>
      view
        ? [view.from, view.to].filter(
            (end) => end !== "" && !end.startsWith(ROLE_PREFIX) && !eligible.has(end),
          )
        : [],
    [view, eligible],
  );
  const request = useMemo(() => {
    if (!view || !view.from || !view.to || unavailable.length > 0) return null;
    return {
      kind: "paths" as const,
      query: {
        from: resolveEnd(loaded, view.from, eligible),
        to: resolveEnd(loaded, view.to, eligible),
      },
      options: {
        constraints: pathConstraints(view, filters, loaded),
        k: view.k,
        ...(view.maxLength !== undefined ? { maxLength: view.maxLength } : {}),
        all: view.all && view.maxLength !== undefined,
        rankBy: view.rankBy,
      },
    };
  }, [view, filters, loaded, eligible, unavailable]);

  // the worker builds the hop graph for the form's constraints while the ends are being picked;
  // it keeps the last one, so asking again with the same constraints costs nothing
  const { preparePaths } = analysis;
  useEffect(() => {
    preparePaths(pathConstraints(settings, filters, loaded));
  }, [preparePaths, settings, filters, loaded, analysed]);

  // a query in the URL runs by itself, so a shared link shows its paths
  // and clearing the query (the Clear button) clears its paths and their highlight
  const { run, clear } = analysis;
  useEffect(() => {
    if (request) run(request);
    else clear();
    setActive(0);
  }, [request, run, clear]);

  // the worker's network has no evidence: the hops get theirs from the page's records
  const paths = useMemo(
    () => withTieDetails(analysis.answer?.paths ?? [], loaded.tiesById),
    [analysis.answer, loaded],
  );
  useEffect(() => {
    const path = paths[active];
    onHighlight(
      path
        ? { actors: path.actors, ties: path.hops.flatMap((h) => h.ties.map((t) => t.id)) }
        : null,
    );
  }, [paths, active, onHighlight]);

  return (
    <section className="paths-panel" aria-labelledby="paths-title">
      <h2 id="paths-title">Find how actors are linked</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onChange({ ...settings });
        }}
      >
        <EndPicker
          label="From"
          value={settings.from}
          loaded={loaded}
          eligible={eligible}
          groups={groups}
          onChange={(from) => set({ from })}
        />
        <EndPicker
          label="To"
          value={settings.to}
          loaded={loaded}
          eligible={eligible}
          groups={groups}
          onChange={(to) => set({ to })}
        />
        <div className="path-options">
          <label>
            Paths (k){" "}
            <input
              type="number"
              min={1}
              max={100}
              value={settings.k}
              onChange={(e) => set({ k: Math.max(1, Math.min(100, Number(e.target.value) || 1)) })}
            />
          </label>
          <label>
            Max hops{" "}
            <input
              type="number"
              min={1}
              max={12}
              value={settings.maxLength ?? ""}
              placeholder="any"
              onChange={(e) =>
                set({
                  maxLength:
                    e.target.value === ""
                      ? undefined
                      : Math.max(1, Math.min(12, Number(e.target.value))),
                })
              }
            />
          </label>
          <label className="inline-check">
            <input
              type="checkbox"
              checked={settings.all}
              disabled={settings.maxLength === undefined}
              onChange={(e) => set({ all: e.target.checked })}
            />
            All simple paths up to max hops
          </label>
          <label className="inline-check">
            <input
              type="checkbox"
              checked={settings.directed}
              onChange={(e) => set({ directed: e.target.checked })}
            />
            Respect direction
          </label>
          <label>
            Ties at least{" "}
            <select
              value={settings.minCertainty}
              onChange={(e) => set({ minCertainty: e.target.value as Certainty })}
            >
              {CERTAINTY_LEVELS.map((c) => (
                <option key={c} value={c}>
                  {CERTAINTY_INFO[c].label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Rank by{" "}
            <select
              value={settings.rankBy}
              onChange={(e) => set({ rankBy: e.target.value as "length" | "strength" })}
            >
              <option value="length">length, then strength</option>
              <option value="strength">strength, then length</option>
            </select>
          </label>
          <label className="inline-check">
            <input
              type="checkbox"
              checked={settings.useViewFilters}
              onChange={(e) => set({ useViewFilters: e.target.checked })}
            />
            Use the view’s tie types, certainty and time window
          </label>
        </div>
        <button type="submit" disabled={!ready}>
          Find paths
        </button>
        {view && (
          <button type="button" onClick={() => onChange(null)}>
            Clear
          </button>
        )}
      </form>
      {analysis.running && analysis.progress && (
        <ProgressLine
          label="Finding paths"
          progress={analysis.progress}
          onCancel={analysis.cancel}
        />
      )}
      {unavailable.length > 0 && (
        <p className="no-path" role="status">
          {unavailable.map((end) => unavailableMessage(loaded, end)).join(" ")}
        </p>
      )}
      {analysis.error && <p role="alert">{analysis.error}</p>}
      {unavailable.length === 0 && !analysis.running && analysis.answer && (
        <div aria-live="polite">
          {paths.length > 0 ? (
            <>
              <p className="path-count">
                {paths.length} path{paths.length > 1 ? "s" : ""} found. A path is as strong as its
                weakest hop.
              </p>
              <PathResults loaded={loaded} paths={paths} active={active} onActivate={setActive} />
            </>
          ) : (
            <p className="no-path" role="status">
              {analysis.answer.explanation?.message ?? "No path found."}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
