/**
 * A dataset linked with `?data=URL`: fetched and validated from the moment
 * the page's script runs, before React's first render, so the download and
 * the worker's checks overlap starting the app. The loading hook takes the
 * pending load over when it asks for the same URL.
 */
import { isDataUrlAllowed } from "../../core/view/url-state.ts";
import { MAX_FILE_BYTES } from "../file/useFileOpener.ts";
import {
  parseInWorker,
  prewarmDatasetWorker,
  type ParseProgress,
  type WorkerParseResult,
} from "./parse-in-worker.ts";

/** The file's bytes: decoded by the dataset worker, off the main thread, when large. */
async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(new URL(url, window.location.href), { credentials: "omit" });
  if (!response.ok)
    throw new Error(`the server answered ${response.status} ${response.statusText}`);
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > MAX_FILE_BYTES)
    throw new Error(`the file is larger than ${MAX_FILE_BYTES / 1e6} MB`);
  return response.arrayBuffer();
}

export interface LinkedLoad {
  result: Promise<WorkerParseResult>;
  /** Calls back with the latest progress at once, then with each new one. */
  onProgress(listener: (progress: ParseProgress) => void): void;
}

/** Fetches and validates a linked file, keeping its latest progress for whoever listens. */
export function loadLinkedFile(url: string): LinkedLoad {
  let latest: ParseProgress = { stage: "validating", fraction: 0 };
  let listener: ((progress: ParseProgress) => void) | null = null;
  // its worker's code loads while the file is fetched
  prewarmDatasetWorker();
  const result = fetchBytes(url).then((bytes) =>
    parseInWorker(bytes, (progress) => {
      latest = progress;
      listener?.(progress);
    }),
  );
  return {
    result,
    onProgress(next) {
      listener = next;
      next(latest);
    },
  };
}

let early: { url: string; load: LinkedLoad } | null = null;

/** Starts loading the page's `?data=` file, if it links one the app would accept. */
export function startLinkedFile(search: string): void {
  const url = new URLSearchParams(search).get("data");
  if (url === null || !isDataUrlAllowed(url)) return;
  const load = loadLinkedFile(url);
  // a failure is reported by the hook that takes the load over, not as an unhandled rejection
  load.result.catch(() => undefined);
  early = { url, load };
}

/** The load started for this URL, once: a later request (Back to the same link) loads afresh. */
export function takeLinkedFile(url: string): LinkedLoad {
  const started = early?.url === url ? early.load : null;
  early = null;
  return started ?? loadLinkedFile(url);
}
