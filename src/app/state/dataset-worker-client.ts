/**
 * The page's side of the dataset worker: sends it a file's text or bytes and
 * collects the slices it sends back (see src/workers/dataset-protocol.ts).
 * One worker per file, ended when the answer is complete. Only type imports
 * from the schema: the page uses this before the rest of the app has loaded.
 */
import type { Actor, Dataset, Tie } from "../../../schema/index.ts";
import type { Problem } from "../../core/dataset/problems.ts";
import type { SearchEntry } from "../../core/search/search-index.ts";
import type { FromDatasetWorker, ParseRequest } from "../../workers/dataset-protocol.ts";

export type WorkerParseResult =
  { ok: true; dataset: Dataset; entries: SearchEntry[] } | { ok: false; problems: Problem[] };

export interface ParseProgress {
  stage: "validating" | "receiving";
  /** 0–1 while receiving the slices. */
  fraction: number;
}

const startWorker = () =>
  new Worker(new URL("../../workers/dataset.worker.ts", import.meta.url), { type: "module" });

/** Validates a text, a file's bytes (transferred) or a linked file (fetched by the worker) in a dataset worker. */
export function validateInWorker(
  input: string | ArrayBuffer | { url: string },
  onProgress: (progress: ParseProgress) => void,
): Promise<WorkerParseResult> {
  const worker = startWorker();
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
    const request: ParseRequest =
      typeof input === "object" && "url" in input ? input : { text: input };
    worker.postMessage(request, input instanceof ArrayBuffer ? [input] : []);
  });
}
