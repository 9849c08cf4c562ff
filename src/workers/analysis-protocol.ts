/** Messages between the app and the analysis worker. */
import type { Dataset } from "../../schema/index.ts";
import type {
  MetricsOptions,
  MetricsResult,
  NoPathExplanation,
  PathOptions,
  PathQuery,
  PathResult,
  RobustnessOptions,
  RobustnessResult,
} from "../core/analysis/index.ts";

type Plain<T> = Omit<T, "onProgress" | "isCancelled">;

export type AnalysisRequest =
  | { kind: "paths"; query: PathQuery; options: Plain<PathOptions> }
  | { kind: "metrics"; options: Plain<MetricsOptions> }
  | { kind: "robustness"; options: Plain<RobustnessOptions> };

export type AnalysisAnswer =
  | { kind: "paths"; paths: PathResult[]; explanation: NoPathExplanation | null }
  | { kind: "metrics"; result: MetricsResult }
  | { kind: "robustness"; result: RobustnessResult };

export type ToWorker =
  { type: "load"; dataset: Dataset } | { type: "run"; id: number; request: AnalysisRequest };

export type FromWorker =
  | { type: "progress"; id: number; fraction: number; label: string }
  | { type: "done"; id: number; answer: AnalysisAnswer }
  | { type: "failed"; id: number; message: string };
