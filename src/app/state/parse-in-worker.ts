/**
 * Validates a dataset's text in the dataset worker and collects the slices
 * it sends back (see src/workers/dataset-protocol.ts). One worker per file;
 * it is ended when the answer is complete. Small texts are checked on the
 * spot: starting a worker would cost more than it saves.
 */
import type { Actor, Dataset, Tie } from "../../../schema/index.ts";
import { parseDataset } from "../../core/dataset/parse.ts";
import type { Problem } from "../../core/dataset/problems.ts";
import { searchEntries, type SearchEntry } from "../../core/search/search-index.ts";
import type { FromDatasetWorker, ParseRequest } from "../../workers/dataset-protocol.ts";

export type WorkerParseResult =
  { ok: true; dataset: Dataset; entries: SearchEntry[] } | { ok: false; problems: Problem[] };

export interface ParseProgress {
  stage: "validating" | "receiving";
  /** 0–1 while receiving the slices. */
  fraction: number;
}

/** Texts shorter than this (characters) are validated on the main thread: a few tens of ms. */
export const WORKER_THRESHOLD = 1_000_000;

const startWorker = () =>
  new Worker(new URL("../../workers/dataset.worker.ts", import.meta.url), { type: "module" });

let spare: Worker | null = null;

/** Starts a dataset worker ahead of need, so its code loads while the file is fetched. */
export function prewarmDatasetWorker(): void {
  spare ??= startWorker();
}

/**
 * The text, or a file's bytes: bytes are decoded in the worker (decoding
 * tens of megabytes takes the page hundreds of milliseconds), as
 * Blob.text() would decode them.
 */
export async function parseInWorker(
  input: string | ArrayBuffer,
  onProgress: (progress: ParseProgress) => void = () => undefined,
): Promise<WorkerParseResult> {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size < WORKER_THRESHOLD) {
    const text = typeof input === "string" ? input : await new Blob([input]).text();
    const result = parseDataset(text);
    return result.ok
      ? { ok: true, dataset: result.dataset, entries: searchEntries(result.dataset.actors) }
      : { ok: false, problems: result.problems };
  }
  const worker = spare ?? startWorker();
  spare = null;
  return new Promise<WorkerParseResult>((resolve, reject) => {
    let head: Dataset | null = null;
    let expected = 0;
    const actors: Actor[] = [];
    const ties: Tie[] = [];
    const entries: SearchEntry[] = [];
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (event: MessageEvent<FromDatasetWorker>) => {
      const message = event.data;
      switch (message.kind) {
        case "progress":
          onProgress({ stage: message.stage, fraction: 0 });
          break;
        case "problems":
          finish(() => resolve({ ok: false, problems: message.problems }));
          break;
        case "head":
          head = message.head;
          expected = message.actors + message.ties;
          break;
        case "actors":
          for (const a of message.actors) actors.push(a);
          for (const e of message.entries) entries.push(e);
          onProgress({ stage: "receiving", fraction: (actors.length + ties.length) / expected });
          break;
        case "ties":
          for (const t of message.ties) ties.push(t);
          onProgress({ stage: "receiving", fraction: (actors.length + ties.length) / expected });
          break;
        case "done": {
          const dataset = head;
          if (!dataset) {
            finish(() => reject(new Error("the dataset worker sent no dataset")));
            break;
          }
          // into the head's own (empty) lists, so the keys keep their order
          dataset.actors = actors;
          dataset.ties = ties;
          finish(() => resolve({ ok: true, dataset, entries }));
          break;
        }
        case "failed":
          finish(() => reject(new Error(message.message)));
          break;
      }
    };
    worker.onerror = (event) =>
      finish(() => reject(new Error(event.message || "the dataset worker failed")));
    const request: ParseRequest = { text: input };
    worker.postMessage(request, typeof input === "string" ? [] : [input]);
  });
}
