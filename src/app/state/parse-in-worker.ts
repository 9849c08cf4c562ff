/**
 * Validates a dataset's text or bytes: in the dataset worker when large
 * (dataset-worker-client.ts), on the spot when small, where starting a
 * worker would cost more than it saves.
 */
import { decodeLikeFileText } from "../../core/dataset/encoding.ts";
import { parseDataset } from "../../core/dataset/parse.ts";
import { searchEntries } from "../../core/search/search-index.ts";
import {
  validateInWorker,
  type ParseProgress,
  type WorkerParseResult,
} from "./dataset-worker-client.ts";

export type { ParseProgress, WorkerParseResult } from "./dataset-worker-client.ts";

/** Texts shorter than this (characters or bytes) are validated on the main thread: a few tens of ms. */
export const WORKER_THRESHOLD = 1_000_000;

/**
 * The text, or a file's bytes: bytes are decoded in the worker (decoding
 * tens of megabytes takes the page hundreds of milliseconds), as
 * File.text() would decode them.
 */
export async function parseInWorker(
  input: string | ArrayBuffer,
  onProgress: (progress: ParseProgress) => void = () => undefined,
): Promise<WorkerParseResult> {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size >= WORKER_THRESHOLD) return validateInWorker(input, onProgress);
  const text = typeof input === "string" ? input : decodeLikeFileText(input);
  const result = parseDataset(text);
  return result.ok
    ? { ok: true, dataset: result.dataset, entries: searchEntries(result.dataset.actors) }
    : { ok: false, problems: result.problems };
}
