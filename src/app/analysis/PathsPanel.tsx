/**
 * "How is X linked to Y, and how sure are we?": pick two actors or two
 * groups, get the k shortest paths with every hop's certainty and quote,
 * highlighted in the graph; or an explanation of why there is none.
 */
import { useEffect, useId, useMemo, useState } from "react";
import { CERTAINTY_INFO, CERTAINTY_LEVELS, type Certainty } from "../../../schema/index.ts";
import type { FilterState } from "../../core/filter/filter-state.ts";
import { subsetDataset } from "../../core/formats/subset.ts";
import type { Visibility } from "../../core/filter/visible.ts";
import { DEFAULT_PATH_VIEW, type PathView } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
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

function EndPicker({
  label,
  value,
  loaded,
  eligible,
  onChange,
}: {
  label: string;
  value: string;
  loaded: LoadedDataset;
  eligible: Set<string>;
  onChange(value: string): void;
}) {
  // sorted once per dataset and filter, not on every render: tens of thousands on large networks
  const actors = useMemo(
    () =>
      loaded.dataset.actors
        .filter((a) => eligible.has(a.id))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [loaded, eligible],
  );
  const roles = useMemo(
    () =>
      loaded.vocabulary.roles
        .map((r) => ({ ...r, count: actors.filter((a) => a.roles.includes(r.id)).length }))
        .filter((r) => r.count > 0),
    [loaded, actors],
  );
  const id = useId();
  return (
    <div className="end-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">— choose —</option>
        <optgroup label="Groups">
          {roles.map((r) => (
            <option key={r.id} value={`role:${r.id}`}>
              Every {r.label.toLowerCase()} ({r.count})
            </option>
          ))}
        </optgroup>
        <optgroup label="Actors">
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}

export function PathsPanel({ loaded, filters, filtered, view, onChange, onHighlight }: Props) {
  const eligible = filtered.actors;
  // the actors the filters show, with all their ties: tie filters become constraints instead
  const analysed = useMemo(
    () =>
      subsetDataset(
        loaded.dataset,
        eligible,
        loaded.dataset.ties.map((t) => t.id),
      ),
    [loaded, eligible],
  );
  const analysis = useAnalysis<"paths">(analysed);
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
  const request = useMemo(() => {
    if (!view || !view.from || !view.to) return null;
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
  }, [view, filters, loaded, eligible]);

  // a query in the URL runs by itself, so a shared link shows its paths
  const { run } = analysis;
  useEffect(() => {
    if (request) run(request);
    setActive(0);
  }, [request, run]);

  const paths = useMemo(() => analysis.answer?.paths ?? [], [analysis.answer]);
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
          onChange={(from) => set({ from })}
        />
        <EndPicker
          label="To"
          value={settings.to}
          loaded={loaded}
          eligible={eligible}
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
      {analysis.error && <p role="alert">{analysis.error}</p>}
      {!analysis.running && analysis.answer && (
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
