/** The benchmark's results file (docs/benchmarks.json): machine, Node side, browser side, ratios. */
import type { BrowserSide } from "./browser/run-browser.ts";
import type { NodeSide } from "./node/run-node.ts";

export interface BenchMeta {
  date: string;
  commit: string;
  /** Files changed but not committed when the run started. */
  uncommittedFiles: number;
  quick: boolean;
  node: string;
  chromium?: string;
  cpus: number;
  cpuModel: string;
  totalMemGb: number;
  /** 1-minute load average at the start and end: other work on the machine slows every figure. */
  loadAverage: { start: number; end?: number };
  generator: { tiesPerActor: number; seed: number };
}

export interface BenchResults {
  meta: BenchMeta;
  node: NodeSide;
  browser?: BrowserSide;
  /** App figure ÷ baseline figure, per size (see ratios in report/ratios.ts). */
  ratios?: Record<string, Record<string, Record<string, number | null>>>;
}
