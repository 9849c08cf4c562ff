/** Narrative steps → the view they show. Anything a step leaves out takes its default. */
import type { Narrative, NarrativeStep } from "../../../schema/index.ts";
import { DEFAULT_FILTERS } from "../filter/filter-state.ts";
import type { ViewState } from "./view-state.ts";

export interface StoryPosition {
  narrative: string;
  /** 0-based step index. */
  step: number;
}

/** The view for a step: filters, focus and selection from the step; dataset, tab and story kept. */
export function viewForStep(view: ViewState, step: NarrativeStep): ViewState {
  const v = step.view;
  return {
    ...view,
    filters: {
      ...DEFAULT_FILTERS,
      hiddenDomains: v.hiddenDomains ?? [],
      hiddenRoles: v.hiddenRoles ?? [],
      hiddenTieTypes: v.hiddenTieTypes ?? [],
      hiddenKinds: v.hiddenKinds ?? [],
      minCertainty: v.minCertainty ?? DEFAULT_FILTERS.minCertainty,
      hideIsolated: v.hideIsolated ?? false,
      ...(v.window ? { window: { ...v.window } } : {}),
    },
    focus: v.focus ? { ...v.focus } : null,
    selection: v.selection ? { ...v.selection } : null,
    tab: "graph",
    paths: null,
    side: "details",
  };
}

export function findStep(
  narratives: readonly Narrative[] | undefined,
  position: StoryPosition | null,
): { narrative: Narrative; step: NarrativeStep; index: number } | null {
  if (!position) return null;
  const narrative = narratives?.find((n) => n.id === position.narrative);
  if (!narrative) return null;
  const index = Math.min(Math.max(0, position.step), narrative.steps.length - 1);
  const step = narrative.steps[index];
  return step ? { narrative, step, index } : null;
}
