/** Reads a dataset file the user picked or dropped, validates it, and reports problems without touching the view. */
import { useCallback, useState } from "react";
import { LIMITS } from "../../core/dataset/limits.ts";
import type { Problem } from "../../core/dataset/problems.ts";
import type { SearchEntry } from "../../core/search/search-index.ts";
import type { Dataset } from "../../../schema/index.ts";
import { parseInWorker } from "../state/parse-in-worker.ts";

/** Files above this size are refused before reading: the limit maxBytes (see docs/security.md). */
export const MAX_FILE_BYTES = LIMITS.maxBytes;

export interface FileProblems {
  fileName: string;
  problems: Problem[];
}

export function useFileOpener(
  onDataset: (dataset: Dataset, fileName: string, entries?: SearchEntry[]) => void,
) {
  const [failure, setFailure] = useState<FileProblems | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const open = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        setFailure({
          fileName: file.name,
          problems: [
            {
              path: "",
              message: `the file is ${(file.size / 1e6).toFixed(1)} MB; the limit (MAX_FILE_BYTES) is ${MAX_FILE_BYTES / 1e6} MB`,
            },
          ],
        });
        return;
      }
      setBusy(`Reading ${file.name}…`);
      try {
        const bytes = await file.arrayBuffer();
        setBusy(`Checking ${file.name}…`);
        // decoded and validated in a worker: a large file does not freeze the page
        const result = await parseInWorker(bytes);
        if (result.ok) onDataset(result.dataset, file.name, result.entries);
        else setFailure({ fileName: file.name, problems: result.problems });
      } catch (error) {
        setFailure({
          fileName: file.name,
          problems: [{ path: "", message: `could not read the file: ${String(error)}` }],
        });
      } finally {
        setBusy(null);
      }
    },
    [onDataset],
  );

  return { open, failure, clearFailure: () => setFailure(null), busy };
}
