/**
 * The analysis client hands a network to its worker in pieces spread over
 * tasks (src/app/analysis/analysis-client.ts). Here the worker is a stand-in
 * that records what it is sent: the pieces make up the network, requests wait
 * for the whole of it, and a newer network takes over from one still being sent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../schema/index.ts";
import { AnalysisClient } from "../../src/app/analysis/analysis-client.ts";
import { addNetworkPiece, analysisNetwork } from "../../src/core/analysis/index.ts";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import type { ToWorker } from "../../src/workers/analysis-protocol.ts";

class RecordingWorker {
  static made: RecordingWorker[] = [];
  received: ToWorker[] = [];
  terminated = false;
  onmessage: unknown = null;
  onerror: unknown = null;
  constructor() {
    RecordingWorker.made.push(this);
  }
  postMessage(message: ToWorker) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

/** The network a worker holds after its messages, and where each request came. */
function replay(messages: ToWorker[]) {
  let network: Dataset | null = null;
  let complete: Dataset | null = null;
  const requests: { type: string; afterLoadEnd: boolean }[] = [];
  for (const m of messages) {
    if (m.type === "load-start") {
      network = structuredClone(m.network);
      complete = null;
    } else if (m.type === "load-actors") addNetworkPiece(network!, { actors: m.actors });
    else if (m.type === "load-ties") addNetworkPiece(network!, { ties: m.ties });
    else if (m.type === "load-end") complete = network;
    else requests.push({ type: m.type, afterLoadEnd: complete !== null });
  }
  return { complete, requests };
}

const dataset = generateDataset({ actors: 60, tiesPerActor: 3, seed: 4 });
const everyone = new Set(dataset.actors.map((a) => a.id));
const half = new Set(dataset.actors.filter((_, i) => i % 2 === 0).map((a) => a.id));
// two records a message, a new task for every message
const slow = { pieceRecords: 2, taskBudgetMs: -1 };
const settle = () =>
  vi.waitFor(() =>
    expect(RecordingWorker.made.at(-1)!.received.at(-1)?.type).not.toMatch(
      /^load-(start|actors|ties)$/,
    ),
  );

beforeEach(() => {
  RecordingWorker.made = [];
  vi.stubGlobal("Worker", RecordingWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("AnalysisClient", () => {
  it("sends the network in pieces over many tasks, and a request only after all of them", async () => {
    const client = new AnalysisClient(slow);
    client.load({ dataset, actorIds: everyone });
    client.preparePaths({});
    const worker = RecordingWorker.made[0]!;
    // the first task sent the start and one piece: the rest is to come
    expect(worker.received.length).toBeLessThan(4);
    await settle();
    const pieces = worker.received.filter(
      (m) => m.type === "load-actors" || m.type === "load-ties",
    );
    expect(pieces.length).toBe(Math.ceil(60 / 2) + Math.ceil(dataset.ties.length / 2));
    const { complete, requests } = replay(worker.received);
    expect(complete).toEqual(analysisNetwork(dataset, everyone));
    expect(requests).toEqual([{ type: "prepare-paths", afterLoadEnd: true }]);
    client.dispose();
  });

  it("gives up a network still being sent when a newer one comes", async () => {
    const client = new AnalysisClient(slow);
    client.load({ dataset, actorIds: everyone });
    client.load({ dataset, actorIds: half });
    await settle();
    const worker = RecordingWorker.made[0]!;
    const starts = worker.received.filter((m) => m.type === "load-start").length;
    expect(starts).toBe(2);
    // after the second start, only the second network's records arrive, and one end
    const { complete } = replay(worker.received);
    expect(complete).toEqual(analysisNetwork(dataset, half));
    expect(worker.received.filter((m) => m.type === "load-end").length).toBe(1);
    client.dispose();
  });

  it("sends the network again to the new worker after a cancel, then the new request", async () => {
    const client = new AnalysisClient(slow);
    client.load({ dataset, actorIds: half });
    await settle();
    const first = client.run({ kind: "metrics", options: {} }, () => {});
    first.promise.catch(() => undefined);
    client.run({ kind: "metrics", options: {} }, () => {});
    expect(RecordingWorker.made[0]!.terminated).toBe(true);
    await settle();
    const { complete, requests } = replay(RecordingWorker.made[1]!.received);
    expect(complete).toEqual(analysisNetwork(dataset, half));
    expect(requests).toEqual([{ type: "run", afterLoadEnd: true }]);
    await expect(first.promise).rejects.toThrow("cancelled");
    client.dispose();
  });
});
