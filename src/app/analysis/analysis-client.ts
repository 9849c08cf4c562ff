/**
 * The app's side of the analysis worker: one request at a time, with
 * progress, and cancel by terminating the worker (a new one is started
 * and given the dataset again).
 */
import type { Dataset } from "../../../schema/index.ts";
import type { PathConstraints } from "../../core/analysis/index.ts";
import type {
  AnalysisAnswer,
  AnalysisRequest,
  FromWorker,
  ToWorker,
} from "../../workers/analysis-protocol.ts";

export interface RunningAnalysis<T> {
  promise: Promise<T>;
  cancel(): void;
}

export class CancelledAnalysis extends Error {
  constructor() {
    super("cancelled");
  }
}

export class AnalysisClient {
  private worker: Worker;
  private dataset: Dataset | null = null;
  private nextId = 1;
  private pending: { reject(error: Error): void } | null = null;

  constructor() {
    this.worker = this.start();
  }

  private start(): Worker {
    return new Worker(new URL("../../workers/analysis.worker.ts", import.meta.url), {
      type: "module",
    });
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Gives the worker the dataset to analyse (the filtered view). */
  load(dataset: Dataset): void {
    this.dataset = dataset;
    this.send({ type: "load", dataset });
  }

  /** Lets the worker build the hop graph for these constraints while the user picks the ends. */
  preparePaths(constraints: Partial<PathConstraints>): void {
    this.send({ type: "prepare-paths", constraints });
  }

  run<K extends AnalysisRequest["kind"]>(
    request: Extract<AnalysisRequest, { kind: K }>,
    onProgress: (fraction: number, label: string) => void,
  ): RunningAnalysis<Extract<AnalysisAnswer, { kind: K }>> {
    this.cancelPending();
    const id = this.nextId++;
    const promise = new Promise<Extract<AnalysisAnswer, { kind: K }>>((resolve, reject) => {
      this.pending = { reject };
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.id !== id) return;
        if (message.type === "progress") onProgress(message.fraction, message.label);
        else {
          this.pending = null;
          if (message.type === "done")
            resolve(message.answer as Extract<AnalysisAnswer, { kind: K }>);
          else reject(new Error(message.message));
        }
      };
      this.worker.onerror = (event) => {
        this.pending = null;
        reject(new Error(event.message || "the analysis worker failed"));
      };
    });
    this.send({ type: "run", id, request });
    return { promise, cancel: () => this.cancelPending() };
  }

  private cancelPending(): void {
    if (!this.pending) return;
    const pending = this.pending;
    this.pending = null;
    this.worker.terminate();
    this.worker = this.start();
    if (this.dataset) this.send({ type: "load", dataset: this.dataset });
    pending.reject(new CancelledAnalysis());
  }

  dispose(): void {
    this.worker.terminate();
  }
}
