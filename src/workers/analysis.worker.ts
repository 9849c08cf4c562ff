/// <reference lib="webworker" />
/**
 * Paths, metrics and robustness off the main thread. The app sends the
 * (filtered) network once per change, in pieces, then requests; progress is
 * reported as it goes. Cancelling is done by the app terminating this worker.
 */
import type { Dataset } from "../../schema/index.ts";
import {
  addNetworkPiece,
  analyseRobustness,
  computeMetrics,
  explainNoPath,
  findPaths,
  HopCache,
  resolveConstraints,
  type ProgressHooks,
} from "../core/analysis/index.ts";
import { buildGraph, type ActorGraph } from "../core/graph/build.ts";
import type { AnalysisAnswer, AnalysisRequest, FromWorker, ToWorker } from "./analysis-protocol.ts";

let graph: ActorGraph | null = null;
// the network being received, piece by piece
let incoming: Dataset | null = null;
// path queries on the same network and constraints reuse one hop graph
let hopCache: HopCache | null = null;

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);

function run(request: AnalysisRequest, hooks: ProgressHooks): AnalysisAnswer {
  if (!graph) throw new Error("no dataset loaded");
  switch (request.kind) {
    case "paths": {
      const paths = findPaths(graph, request.query, {
        ...request.options,
        ...hooks,
        ...(hopCache ? { hopCache } : {}),
      });
      const explanation =
        paths.length === 0 ? explainNoPath(graph, request.query, request.options) : null;
      return { kind: "paths", paths, explanation };
    }
    case "metrics":
      return { kind: "metrics", result: computeMetrics(graph, { ...request.options, ...hooks }) };
    case "robustness":
      return {
        kind: "robustness",
        result: analyseRobustness(graph, { ...request.options, ...hooks }),
      };
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "load-start":
      incoming = message.network;
      graph = null;
      hopCache = null;
      return;
    case "load-actors":
      if (incoming) addNetworkPiece(incoming, { actors: message.actors });
      return;
    case "load-ties":
      if (incoming) addNetworkPiece(incoming, { ties: message.ties });
      return;
    case "load-end":
      if (incoming) graph = buildGraph(incoming);
      incoming = null;
      hopCache = graph ? new HopCache(graph) : null;
      return;
  }
  if (message.type === "prepare-paths") {
    hopCache?.get(resolveConstraints(message.constraints));
    return;
  }
  const { id, request } = message;
  try {
    const answer = run(request, {
      onProgress: (fraction, label) => post({ type: "progress", id, fraction, label }),
    });
    post({ type: "done", id, answer });
  } catch (error) {
    post({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
  }
};
