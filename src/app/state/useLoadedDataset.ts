/**
 * Loads the dataset the view names: a bundled one, or one from `?data=URL`
 * (validated like any file); or holds a file the user opened.
 */
import { startTransition, useEffect, useState } from "react";
import type { Dataset } from "../../../schema/index.ts";
import { formatProblem } from "../../core/dataset/problems.ts";
import type { SearchEntry } from "../../core/search/search-index.ts";
import { BUNDLED_DATASETS } from "../data/bundled.ts";
import { takeLinkedFile } from "./linked-file.ts";
import { prepareDatasetInPieces, type LoadedDataset } from "./loaded-dataset.ts";
import { parseInWorker, type ParseProgress, type WorkerParseResult } from "./parse-in-worker.ts";

/** What the page says while a dataset loads. */
function progressText(name: string, progress: ParseProgress | "building"): string {
  if (progress === "building") return `Loading ${name}: building the network…`;
  if (progress.stage === "validating") return `Loading ${name}: reading and checking the file…`;
  return `Loading ${name}: receiving the checked records… ${Math.round(progress.fraction * 100)}%`;
}

export function useLoadedDataset(bundledId: string, dataUrl: string | null) {
  const [loaded, setLoaded] = useState<LoadedDataset | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [local, setLocal] = useState<LoadedDataset | null>(null);
  const [progress, setProgress] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const bundled = BUNDLED_DATASETS.find((d) => d.id === bundledId);
    const key = dataUrl ? `url:${dataUrl}` : bundledId;
    const name = dataUrl ?? `${bundledId}.json`;
    if (!dataUrl && !bundled) {
      setError(`There is no bundled dataset called “${bundledId}”.`);
      return;
    }
    const report = (p: ParseProgress) => {
      if (!cancelled) setProgress(progressText(name, p));
    };
    setProgress(progressText(name, { stage: "validating", fraction: 0 }));
    // validation runs in a worker and the network is built a piece per task: the page stays responsive
    let parsed: Promise<WorkerParseResult | null>;
    if (dataUrl) {
      // started before the first render (main.tsx) when the page opened with this link
      const linked = takeLinkedFile(dataUrl);
      linked.onProgress(report);
      parsed = linked.result;
    } else {
      parsed = bundled!.load().then((text) => (cancelled ? null : parseInWorker(text, report)));
    }
    parsed
      .then(async (result) => {
        if (cancelled || !result) return;
        if (result.ok) {
          setProgress(progressText(name, "building"));
          const prepared = await prepareDatasetInPieces(
            key,
            result.dataset.meta.title,
            result.dataset,
            result.entries,
          );
          if (cancelled) return;
          // the first render of a large network is long: as a transition React renders it in slices
          startTransition(() => {
            setLoaded(prepared);
            setError(null);
            setProgress(null);
          });
        } else {
          setProgress(null);
          setError(
            `${name} is not a valid Tamyr dataset:\n` +
              result.problems.map((p) => formatProblem(name, p)).join("\n"),
          );
        }
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setProgress(null);
        setError(`Could not load ${name}: ${e instanceof Error ? e.message : String(e)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [bundledId, dataUrl]);

  const openLocal = async (dataset: Dataset, fileName: string, entries?: SearchEntry[]) =>
    setLocal(
      await prepareDatasetInPieces(`file:${fileName}`, dataset.meta.title, dataset, entries),
    );

  return {
    loaded: local ?? loaded,
    error,
    progress,
    openLocal,
    closeLocal: () => setLocal(null),
  };
}
