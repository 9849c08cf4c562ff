/**
 * How each certainty level is drawn: one table shared by the graph, the
 * legend and figure exports, so they cannot disagree.
 */
import type { Certainty } from "../../../schema/index.ts";

export interface CertaintyStroke {
  width: number;
  opacity: number;
  /** Dash pattern in pixels; empty for a solid line. */
  dash: number[];
  /** Short word for the legend and tooltips. */
  look: string;
}

export const CERTAINTY_STROKE: Record<Certainty, CertaintyStroke> = {
  established: { width: 3.5, opacity: 1, dash: [], look: "solid, strong" },
  reported: { width: 2, opacity: 0.85, dash: [], look: "solid, lighter" },
  alleged: { width: 2, opacity: 0.85, dash: [7, 4], look: "dashed" },
  claimed: { width: 1.5, opacity: 0.8, dash: [10, 3, 2, 3], look: "dash-dot" },
  disputed: { width: 1.5, opacity: 0.7, dash: [2, 4], look: "dotted" },
};
