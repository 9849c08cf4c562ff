/** Everything that defines what the user is looking at, so that a link can reproduce it. */
import { DEFAULT_FILTERS, type FilterState } from "../filter/filter-state.ts";

export type SelectionKind = "actor" | "tie" | "event";

export interface Selection {
  kind: SelectionKind;
  id: string;
}

export interface Focus {
  actor: string;
  depth: 1 | 2 | 3;
}

export type ViewTab = "graph" | "table" | "sources";

export interface ViewState {
  /** Bundled dataset id (file name without .json). */
  dataset: string;
  filters: FilterState;
  query: string;
  selection: Selection | null;
  focus: Focus | null;
  tab: ViewTab;
}

export function defaultViewState(dataset: string): ViewState {
  return {
    dataset,
    filters: { ...DEFAULT_FILTERS },
    query: "",
    selection: null,
    focus: null,
    tab: "graph",
  };
}
