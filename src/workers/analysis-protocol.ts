/** Messages between the app and the analysis worker. */
import type { Actor, Dataset, Tie } from "../../schema/index.ts";
import type {
  MetricsOptions,
  MetricsResult,
  NoPathExplanation,
  PathConstraints,
  PathOptions,
  PathQuery,
  PathResult,
  RobustnessOptions,
  RobustnessResult,
} from "../core/analysis/index.ts";

type Plain<T> = Omit<T, "onProgress" | "isCancelled" | "hopCache">;

export type AnalysisRequest =
  | { kind: "paths"; query: PathQuery; options: Plain<PathOptions> }
  | { kind: "metrics"; options: Plain<MetricsOptions> }
  | { kind: "robustness"; options: Plain<RobustnessOptions> };

export type AnalysisAnswer =
  | { kind: "paths"; paths: PathResult[]; explanation: NoPathExplanation | null }
  | { kind: "metrics"; result: MetricsResult }
  | { kind: "robustness"; result: RobustnessResult };

export type ToWorker =
  /** A network to analyse, in several messages: its head (no records), pieces of records, the end. */
  | { type: "load-start"; network: Dataset }
  | { type: "load-actors"; actors: Actor[] }
  | { type: "load-ties"; ties: Tie[] }
  | { type: "load-end" }
  | { type: "run"; id: number; request: AnalysisRequest }
  /** Build the hop graph for these constraints now, so the coming path query need not. */
  | { type: "prepare-paths"; constraints: Partial<PathConstraints> };

export type FromWorker =
  | { type: "progress"; id: number; fraction: number; label: string }
  | { type: "done"; id: number; answer: AnalysisAnswer }
  | { type: "failed"; id: number; message: string };
