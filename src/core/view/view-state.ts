/** Everything that defines what the user is looking at, so that a link can reproduce it. */
import type { Certainty } from "../../../schema/index.ts";
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

export type ViewTab = "graph" | "table" | "metrics" | "sources";

/** The right-hand panel: details of the selection, or the path finder. */
export type SidePanel = "details" | "paths" | "edit";

/** An end of a path query: an actor id, or `role:<id>` for every actor with that role. */
export type PathEnd = string;

export interface PathView {
  from: PathEnd;
  to: PathEnd;
  k: number;
  /** Follow directed ties only forwards. */
  directed: boolean;
  /** Only ties at or above this certainty (independent of the view's filter). */
  minCertainty: Certainty;
  /** Every simple path up to maxLength instead of the k best. */
  all: boolean;
  maxLength?: number;
  rankBy: "length" | "strength";
  /** Also apply the view's tie-type filter and time window to the ties a path may use. */
  useViewFilters: boolean;
}

export const DEFAULT_PATH_VIEW: Omit<PathView, "from" | "to"> = {
  k: 5,
  directed: false,
  minCertainty: "disputed",
  all: false,
  rankBy: "length",
  useViewFilters: true,
};

export interface ViewState {
  /** Bundled dataset id (file name without .json). */
  dataset: string;
  filters: FilterState;
  query: string;
  selection: Selection | null;
  focus: Focus | null;
  tab: ViewTab;
  side: SidePanel;
  paths: PathView | null;
  /** The narrative being told and its step (0-based), or null. */
  story: { narrative: string; step: number } | null;
  /** Chrome-less, read-only view for embedding in an iframe. */
  embed: boolean;
  /** An editable workspace stored in this browser (its id), shown instead of the dataset. */
  workspace: string | null;
  /** A dataset to load from this URL (same origin, or a CORS-enabled https host) instead of a bundled one. */
  dataUrl: string | null;
}

export function defaultViewState(dataset: string): ViewState {
  return {
    dataset,
    filters: { ...DEFAULT_FILTERS },
    query: "",
    selection: null,
    focus: null,
    tab: "graph",
    side: "details",
    paths: null,
    story: null,
    embed: false,
    dataUrl: null,
    workspace: null,
  };
}
