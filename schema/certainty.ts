/**
 * The certainty scale: how sure the cited sources let us be of a claim.
 * Ordered from strongest to weakest; filters such as "at or above reported"
 * use this order. See docs/data-authoring.md for the grading guide and the
 * mapping to the Admiralty information-credibility grades.
 */
import { z } from "zod";

export const CERTAINTY_LEVELS = [
  "established",
  "reported",
  "alleged",
  "claimed",
  "disputed",
] as const;

export const Certainty = z
  .enum(CERTAINTY_LEVELS)
  .describe(
    "established: stated as fact and uncontested; reported: attributed to sources or accounts; alleged: suspected, hedged ('believed to', 'preliminary evidence points to'); claimed: asserted by an interested party; disputed: contested or contradicted",
  );
export type Certainty = z.infer<typeof Certainty>;

export interface CertaintyInfo {
  id: Certainty;
  label: string;
  /** Admiralty / NATO information-credibility grade (1 confirmed … 6 cannot be judged). */
  admiralty: 1 | 2 | 3 | 4 | 5 | 6;
  explanation: string;
}

export const CERTAINTY_INFO: Record<Certainty, CertaintyInfo> = {
  established: {
    id: "established",
    label: "Established",
    admiralty: 1,
    explanation: "The source states it as fact and nothing in the record contests it.",
  },
  reported: {
    id: "reported",
    label: "Reported",
    admiralty: 2,
    explanation: "The source reports it from accounts, officials or media, without hedging it.",
  },
  alleged: {
    id: "alleged",
    label: "Alleged",
    admiralty: 3,
    explanation:
      "The source hedges it: suspected, believed or pointed to by preliminary evidence, not proven.",
  },
  claimed: {
    id: "claimed",
    label: "Officially claimed",
    admiralty: 4,
    explanation: "An interested party asserts it; the source does not confirm it.",
  },
  disputed: {
    id: "disputed",
    label: "Disputed",
    admiralty: 5,
    explanation: "The source or others contest or contradict it.",
  },
};

/** Rank of a certainty level: 0 for the strongest. */
export function certaintyRank(level: Certainty): number {
  return CERTAINTY_LEVELS.indexOf(level);
}

/** True when `level` is at least as strong as `minimum`. */
export function meetsCertainty(level: Certainty, minimum: Certainty): boolean {
  return certaintyRank(level) <= certaintyRank(minimum);
}
