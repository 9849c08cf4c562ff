/// <reference lib="webworker" />
/**
 * Parses and validates a dataset's text off the main thread (the same
 * parseDataset as the CLI), folds the names for search, and sends the
 * result back in slices (see dataset-protocol.ts).
 */
import { config } from "zod";
import { FACTORIES } from "virtual:validator-factories";
import { decodeLikeFileText } from "../core/dataset/encoding.ts";
import { LIMITS } from "../core/dataset/limits.ts";
import { usePrecompiledSchemas } from "../core/dataset/dataset-validator.ts";
import { parseDataset } from "../core/dataset/parse.ts";
import { searchEntries } from "../core/search/search-index.ts";
import {
  ACTOR_SLICE,
  TIE_SLICE,
  type FromDatasetWorker,
  type ParseRequest,
} from "./dataset-protocol.ts";

// the app's Content-Security-Policy forbids eval: zod generates no code here, and the
// validators it would compile come from functions written at build time instead
config({ jitless: true });

const post = (message: FromDatasetWorker) => (self as unknown as Worker).postMessage(message);

/** A linked file's bytes; an error says what the server answered, or that the file is too large. */
async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url, { credentials: "omit" });
  if (!response.ok)
    throw new Error(`the server answered ${response.status} ${response.statusText}`.trimEnd());
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > LIMITS.maxBytes)
    throw new Error(`the file is larger than ${LIMITS.maxBytes / 1e6} MB`);
  return response.arrayBuffer();
}

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  try {
    post({ kind: "progress", stage: "validating" });
    const request = event.data;
    const input: Promise<string | ArrayBuffer> =
      "url" in request ? fetchBytes(request.url) : Promise.resolve(request.text);
    // a worker checks one file: its validators are built here, while a linked file downloads
    usePrecompiledSchemas(FACTORIES);
    const bytes = await input;
    // decoded as File.text() decodes a file the user opens
    const text = typeof bytes === "string" ? bytes : decodeLikeFileText(bytes);
    const result = parseDataset(text);
    if (!result.ok) {
      post({ kind: "problems", problems: result.problems });
      return;
    }
    const { actors, ties } = result.dataset;
    // the head keeps the dataset's key order (exports write keys in that order)
    const head = Object.fromEntries(
      Object.entries(result.dataset).map(([key, value]) => [
        key,
        key === "actors" || key === "ties" ? [] : value,
      ]),
    ) as typeof result.dataset;
    post({ kind: "head", head, actors: actors.length, ties: ties.length });
    for (let i = 0; i < actors.length; i += ACTOR_SLICE) {
      const slice = actors.slice(i, i + ACTOR_SLICE);
      post({ kind: "actors", actors: slice, entries: searchEntries(slice) });
    }
    for (let i = 0; i < ties.length; i += TIE_SLICE)
      post({ kind: "ties", ties: ties.slice(i, i + TIE_SLICE) });
    post({ kind: "done" });
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
