/**
 * What the user has chosen to see. Sets are stored as what is *hidden*, so
 * the empty state shows everything and new vocabulary terms appear by default.
 */
import type { Certainty } from "../../../schema/index.ts";
import type { TimeWindow } from "../time/interval.ts";

/** How ties without a period are treated when a time window is set. */
export type UndatedMode = "show" | "mark" | "hide";

export interface FilterState {
  hiddenDomains: string[];
  hiddenRoles: string[];
  hiddenTieTypes: string[];
  hiddenKinds: string[];
  /** Ties weaker than this are hidden. */
  minCertainty: Certainty;
  /** Hide actors that have no visible tie. */
  hideIsolated: boolean;
  /** Show only ties active in this window; undefined = all time. */
  window?: TimeWindow;
  undated: UndatedMode;
  /** Also hide actors whose own period lies outside the window. */
  windowAppliesToActors: boolean;
}

export const DEFAULT_FILTERS: FilterState = {
  hiddenDomains: [],
  hiddenRoles: [],
  hiddenTieTypes: [],
  hiddenKinds: [],
  minCertainty: "disputed",
  hideIsolated: false,
  undated: "mark",
  windowAppliesToActors: false,
};
