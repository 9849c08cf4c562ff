/**
 * Robustness under uncertainty: the metrics recomputed counting only
 * established ties, then established + reported, then every tie (the
 * thresholds are configurable), with each actor's rank at each threshold.
 * An actor whose rank climbs only once alleged or claimed ties count is a
 * conclusion that hangs on weak evidence.
 */
import { certaintyRank, type Certainty } from "../../../schema/index.ts";
import type { ActorGraph } from "../graph/build.ts";
import type { PathConstraints } from "./constraints.ts";
import { computeMetrics, type ActorMetrics, type MetricsResult } from "./metrics.ts";
import { step, subProgress, type ProgressHooks } from "./progress.ts";

export type RankedMetric = "degree" | "betweenness" | "closeness" | "pagerank" | "eigenvector";

export const RANKED_METRICS: readonly RankedMetric[] = [
  "degree",
  "betweenness",
  "closeness",
  "pagerank",
  "eigenvector",
];

/** Established only; established + reported; every tie ("disputed" is the weakest level). */
export const DEFAULT_THRESHOLDS: readonly Certainty[] = ["established", "reported", "disputed"];

export interface RobustnessOptions extends ProgressHooks {
  /** Minimum certainty levels to compare (default DEFAULT_THRESHOLDS); sorted strictest first. */
  thresholds?: readonly Certainty[];
  /** Metrics to rank (default all). Degree ranks by `degree.total`. */
  metrics?: readonly RankedMetric[];
  /** The other constraints, applied at every threshold. */
  constraints?: Omit<Partial<PathConstraints>, "minCertainty">;
  /** Louvain seed, passed to computeMetrics. */
  seed?: number;
}

export interface ActorRobustness {
  actor: string;
  /** The metric's value at each threshold. */
  values: (number | undefined)[];
  /** Rank at each threshold: 1 = most central, equal values share a rank; undefined when the value is. */
  ranks: (number | undefined)[];
  /** Rank at the strictest threshold minus rank at the loosest: positive = climbs when weaker ties count. */
  shift: number | undefined;
  /** Largest minus smallest rank across thresholds: 0 = the conclusion holds at every threshold. */
  spread: number | undefined;
}

export interface RobustnessResult {
  /** The thresholds, strictest first. */
  thresholds: Certainty[];
  /** Ties counted at each threshold. */
  tieCounts: number[];
  /** Per metric, one row per actor, ordered by rank at the loosest threshold, then id. */
  metrics: Partial<Record<RankedMetric, ActorRobustness[]>>;
  /** The full metrics at each threshold. */
  runs: MetricsResult[];
}

export function metricValue(metrics: ActorMetrics, metric: RankedMetric): number | undefined {
  return metric === "degree" ? metrics.degree.total : metrics[metric];
}

/** How many of the ascending `sorted` values are greater than `bound`. */
function countAbove(sorted: number[], bound: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) > bound) high = mid;
    else low = mid + 1;
  }
  return sorted.length - low;
}

/** Competition ranks ("1224") of the values, highest first; near-equal values (1e-9 relative) tie. */
export function competitionRanks(
  values: Map<string, number | undefined>,
): Map<string, number | undefined> {
  const sorted = [...values.values()]
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  const ranks = new Map<string, number | undefined>();
  for (const [actor, value] of values) {
    const tolerance = value === undefined ? 0 : 1e-9 * Math.max(1, Math.abs(value));
    ranks.set(actor, value === undefined ? undefined : 1 + countAbove(sorted, value + tolerance));
  }
  return ranks;
}

function rankRows(runs: MetricsResult[], metric: RankedMetric): ActorRobustness[] {
  const actors = Object.keys(runs[0]?.actors ?? {});
  const perRun = runs.map((run) =>
    competitionRanks(
      new Map(actors.map((a) => [a, metricValue(run.actors[a] as ActorMetrics, metric)])),
    ),
  );
  const rows = actors.map((actor): ActorRobustness => {
    const values = runs.map((run) => metricValue(run.actors[actor] as ActorMetrics, metric));
    const ranks = perRun.map((ranking) => ranking.get(actor));
    const defined = ranks.filter((r): r is number => r !== undefined);
    const first = ranks[0];
    const last = ranks[ranks.length - 1];
    return {
      actor,
      values,
      ranks,
      shift: first !== undefined && last !== undefined ? first - last : undefined,
      spread:
        defined.length === ranks.length ? Math.max(...defined) - Math.min(...defined) : undefined,
    };
  });
  const loosest = (row: ActorRobustness) => row.ranks[row.ranks.length - 1] ?? Infinity;
  return rows.sort((a, b) => loosest(a) - loosest(b) || (a.actor < b.actor ? -1 : 1));
}

/** Recomputes the metrics at each certainty threshold and ranks the actors at each. */
export function analyseRobustness(
  graph: ActorGraph,
  options: RobustnessOptions = {},
): RobustnessResult {
  const thresholds = [...new Set(options.thresholds ?? DEFAULT_THRESHOLDS)].sort(
    (a, b) => certaintyRank(a) - certaintyRank(b),
  );
  if (thresholds.length === 0) throw new RangeError("robustness needs at least one threshold");
  const runs = thresholds.map((minCertainty, i) => {
    step(options, i / thresholds.length, `ties at or above ${minCertainty}`);
    return computeMetrics(graph, {
      ...subProgress(
        options,
        i / thresholds.length,
        (i + 1) / thresholds.length,
        `${minCertainty}: `,
      ),
      constraints: { ...options.constraints, minCertainty },
      seed: options.seed,
    });
  });
  const metrics: Partial<Record<RankedMetric, ActorRobustness[]>> = {};
  for (const metric of options.metrics ?? RANKED_METRICS) metrics[metric] = rankRows(runs, metric);
  step(options, 1, "robustness done");
  return { thresholds, tieCounts: runs.map((run) => run.tieCount), metrics, runs };
}
