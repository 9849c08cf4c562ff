/**
 * A dataset linked with `?data=URL`: fetched and checked by the dataset
 * worker from the moment the page's first script runs (main.tsx), while the
 * rest of the app is still loading; the page's main thread, busy starting
 * the app, is not in the way. The loading hook takes the pending load over
 * when it asks for the same URL. This module and what it imports stay small,
 * so that the worker starts early.
 */
import { isDataUrlAllowed } from "../../core/view/data-url.ts";
import {
  validateInWorker,
  type ParseProgress,
  type WorkerParseResult,
} from "./dataset-worker-client.ts";

export interface LinkedLoad {
  result: Promise<WorkerParseResult>;
  /** Calls back with the latest progress at once, then with each new one. */
  onProgress(listener: (progress: ParseProgress) => void): void;
}

/** Fetches and validates a linked file, keeping its latest progress for whoever listens. */
export function loadLinkedFile(url: string): LinkedLoad {
  let latest: ParseProgress = { stage: "validating", fraction: 0 };
  let listener: ((progress: ParseProgress) => void) | null = null;
  const report = (progress: ParseProgress) => {
    latest = progress;
    listener?.(progress);
  };
  // the worker resolves nothing itself: it is given an absolute address
  const result = validateInWorker({ url: new URL(url, window.location.href).href }, report);
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
