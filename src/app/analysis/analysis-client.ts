/**
 * The app's side of the analysis worker: one request at a time, with
 * progress, and cancel by terminating the worker (a new one is started
 * and given the network again).
 *
 * The network is handed over in pieces, a few per task: copying 200,000
 * records into a worker in one message held the page for 400 ms at 50,000
 * actors. Requests made meanwhile wait until the whole network is there.
 */
// from the modules themselves, not the analysis index: that would bring the metrics' libraries
// (Louvain, centralities) into the page's start bundle; they run in the worker
import {
  analysisNetworkHead,
  analysisNetworkPieces,
  type NetworkSelection,
} from "../../core/analysis/analysis-network.ts";
import type { PathConstraints } from "../../core/analysis/index.ts";
import { nextTask } from "../../core/pieces/next-task.ts";
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

export interface HandOver {
  /** Records per message. */
  pieceRecords: number;
  /** Pieces are made and posted until a task has taken this long; the rest follow in the next task. */
  taskBudgetMs: number;
}

const HAND_OVER: HandOver = { pieceRecords: 5_000, taskBudgetMs: 40 };

export class AnalysisClient {
  private worker: Worker;
  private network: NetworkSelection | null = null;
  /** Counts loads, so that a load given up for a newer one stops sending. */
  private loads = 0;
  /** Messages held back while a network is being sent. */
  private waiting: ToWorker[] | null = null;
  private nextId = 1;
  private pending: { reject(error: Error): void } | null = null;

  constructor(private readonly handOver: HandOver = HAND_OVER) {
    this.worker = this.start();
  }

  private start(): Worker {
    return new Worker(new URL("../../workers/analysis.worker.ts", import.meta.url), {
      type: "module",
    });
  }

  private send(message: ToWorker): void {
    if (this.waiting) this.waiting.push(message);
    else this.worker.postMessage(message);
  }

  /** Gives the worker the network to analyse (the filtered view). */
  load(network: NetworkSelection): void {
    this.network = network;
    void this.sendNetwork(network);
  }

  private async sendNetwork(network: NetworkSelection): Promise<void> {
    const load = ++this.loads;
    this.waiting ??= [];
    const worker = this.worker;
    worker.postMessage({ type: "load-start", network: analysisNetworkHead(network.dataset) });
    let taskStart = performance.now();
    const { pieceRecords, taskBudgetMs } = this.handOver;
    for (const piece of analysisNetworkPieces(network, pieceRecords)) {
      if (performance.now() - taskStart > taskBudgetMs) {
        await nextTask();
        taskStart = performance.now();
      }
      // a newer load, or a new worker after a cancel, takes over
      if (load !== this.loads || worker !== this.worker) return;
      worker.postMessage(
        "actors" in piece
          ? { type: "load-actors", actors: piece.actors }
          : { type: "load-ties", ties: piece.ties },
      );
    }
    worker.postMessage({ type: "load-end" });
    const waiting = this.waiting ?? [];
    this.waiting = null;
    for (const message of waiting) worker.postMessage(message);
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
    if (this.network) this.load(this.network);
    pending.reject(new CancelledAnalysis());
  }

  dispose(): void {
    this.worker.terminate();
  }
}
