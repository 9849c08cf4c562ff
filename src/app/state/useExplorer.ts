/**
 * Everything derived from the view state and the dataset that several
 * panels share: the effective view (a story step overrides filters, focus
 * and selection), what is visible, what is highlighted, and the actions.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { FilterState } from "../../core/filter/filter-state.ts";
import { computeVisibility } from "../../core/filter/visible.ts";
import { findStep, viewForStep } from "../../core/view/story.ts";
import type { PathView, ViewState } from "../../core/view/view-state.ts";
import type { DecorateSettings, Decorations } from "../analysis/MetricsView.tsx";
import { statusText } from "../status/StatusLine.tsx";
import { focusVisibility } from "./focus.ts";
import type { LoadedDataset } from "./loaded-dataset.ts";
import type { UpdateView } from "./useViewState.ts";

export type Highlight = { actors: string[]; ties: string[] } | null;

export function useExplorer(loaded: LoadedDataset, view: ViewState, update: UpdateView) {
  const story = useMemo(
    () => findStep(loaded.dataset.narratives, view.story),
    [loaded, view.story],
  );
  const effective = useMemo<ViewState>(() => {
    if (!story) return view;
    const stepView = viewForStep(view, story.step);
    return { ...stepView, selection: view.selection ?? stepView.selection, embed: view.embed };
  }, [view, story]);

  // a filter change re-renders its own control at once; what it shows follows as a transition,
  // which React renders in slices and drops when a newer change comes first (a dragged window)
  const shownFilters = useDeferredValue(effective.filters);
  const applying = shownFilters !== effective.filters;
  const filtered = useMemo(
    () => computeVisibility(loaded.dataset, shownFilters),
    [loaded, shownFilters],
  );
  const visibility = useMemo(
    () => focusVisibility(loaded, filtered, effective.focus),
    [loaded, filtered, effective.focus],
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
  const setPaths = useCallback(
    (paths: PathView | null) => update((v) => ({ ...v, paths })),
    [update],
  );
  const goToStep = useCallback(
    (index: number) =>
      update((v) => (v.story ? { ...v, selection: null, story: { ...v.story, step: index } } : v)),
    [update],
  );
  const startStory = useCallback(
    (narrative: string) =>
      update((v) => ({ ...v, selection: null, story: { narrative, step: 0 } })),
    [update],
  );
  const exitStory = useCallback(
    () => update((v) => ({ ...v, story: null, selection: null })),
    [update],
  );

  const [decorations, setDecorations] = useState<Decorations>(null);
  const [decorate, setDecorate] = useState<DecorateSettings>({ sizeBy: "", byCommunity: false });
  const [pathHighlight, setPathHighlight] = useState<Highlight>(null);
  useEffect(() => {
    // metric decorations belong to the dataset they were computed on
    setDecorate({ sizeBy: "", byCommunity: false });
    setDecorations(null);
  }, [loaded]);

  const eventHighlight = useMemo<Highlight>(() => {
    if (effective.selection?.kind !== "event") return null;
    const id = effective.selection.id;
    const event = loaded.dataset.events?.find((e) => e.id === id);
    return event ? { actors: (event.participants ?? []).map((p) => p.actor), ties: [] } : null;
  }, [loaded, effective.selection]);
  const storyHighlight = useMemo<Highlight>(() => {
    const v = story?.step.view;
    if (!v || (!v.highlightActors?.length && !v.highlightTies?.length)) return null;
    return { actors: v.highlightActors ?? [], ties: v.highlightTies ?? [] };
  }, [story]);

  // a story step's own highlight wins until the reader selects something themselves
  let highlight: Highlight = eventHighlight;
  let highlightWhat = "event participants";
  if (storyHighlight && !view.selection) {
    highlight = storyHighlight;
    highlightWhat = "story step";
  } else if (!story && view.side === "paths" && pathHighlight) {
    highlight = pathHighlight;
    highlightWhat = "path";
  }

  // the camera moves to a story step's highlighted actors (or everything shown) when the step changes
  const camera = useMemo(() => {
    if (!story) return null;
    const v = story.step.view;
    const fitHighlight = (v.camera ?? "highlight") === "highlight" && v.highlightActors?.length;
    return {
      key: `${story.narrative.id}:${story.index}`,
      actors: fitHighlight ? (v.highlightActors ?? null) : null,
    };
  }, [story]);

  const focusName = effective.focus
    ? (loaded.actorsById.get(effective.focus.actor)?.name ?? effective.focus.actor)
    : "";
  const status = statusText(
    visibility,
    { actors: loaded.dataset.actors.length, ties: loaded.dataset.ties.length },
    shownFilters,
    effective.focus ? { ...effective.focus, name: focusName } : null,
    highlight ? { actors: highlight.actors, what: highlightWhat } : null,
  );

  return {
    loaded,
    view,
    effective,
    story,
    /** The filters the graph, tables and status line show: `effective.filters` once applied. */
    shownFilters,
    /** A filter change is still being applied. */
    applying,
    filtered,
    visibility,
    highlight,
    camera,
    status,
    focusName,
    decorations,
    setDecorations,
    decorate,
    setDecorate,
    setPathHighlight,
    select,
    focusOn,
    patchFilters,
    setPaths,
    goToStep,
    startStory,
    exitStory,
    update,
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
