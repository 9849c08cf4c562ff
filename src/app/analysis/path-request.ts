/**
 * From the path finder's settings and the view's filters to a worker
 * request. The actor filters (domain, role, kind) choose which actors a path
 * may pass through; tie type, certainty and time window become constraints,
 * so that "no path" can be explained by the constraint that cut it.
 */
import { certaintyRank, type Certainty } from "../../../schema/index.ts";
import type { PathConstraints } from "../../core/analysis/index.ts";
import type { FilterState } from "../../core/filter/filter-state.ts";
import type { PathEnd, PathView } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";

export function stricter(a: Certainty, b: Certainty): Certainty {
  return certaintyRank(a) <= certaintyRank(b) ? a : b;
}

/** Actor ids an end stands for: one actor, or every (eligible) actor with a role. */
export function resolveEnd(loaded: LoadedDataset, end: PathEnd, eligible: Set<string>): string[] {
  if (end.startsWith("role:")) {
    const role = end.slice(5);
    return loaded.dataset.actors
      .filter((a) => a.roles.includes(role) && eligible.has(a.id))
      .map((a) => a.id);
  }
  return [end];
}

export function pathConstraints(
  view: PathView,
  filters: FilterState,
  loaded: LoadedDataset,
): PathConstraints {
  const constraints: PathConstraints = { directed: view.directed, minCertainty: view.minCertainty };
  if (view.useViewFilters) {
    constraints.minCertainty = stricter(view.minCertainty, filters.minCertainty);
    if (filters.hiddenTieTypes.length > 0) {
      const hidden = new Set(filters.hiddenTieTypes);
      constraints.tieTypes = loaded.vocabulary.tieTypes
        .map((t) => t.id)
        .filter((id) => !hidden.has(id));
    }
    if (filters.window) constraints.window = { ...filters.window };
  }
  return constraints;
}
