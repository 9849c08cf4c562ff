/** Loads the bundled dataset named in the view, or holds a file the user opened. */
import { useEffect, useState } from "react";
import type { Dataset } from "../../../schema/index.ts";
import { parseDataset } from "../../core/dataset/parse.ts";
import { formatProblem } from "../../core/dataset/problems.ts";
import { BUNDLED_DATASETS } from "../data/bundled.ts";
import { prepareDataset, type LoadedDataset } from "./loaded-dataset.ts";

export function useLoadedDataset(bundledId: string) {
  const [loaded, setLoaded] = useState<LoadedDataset | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [local, setLocal] = useState<LoadedDataset | null>(null);

  useEffect(() => {
    let cancelled = false;
    const entry = BUNDLED_DATASETS.find((d) => d.id === bundledId);
    if (!entry) {
      setError(`There is no bundled dataset called “${bundledId}”.`);
      return;
    }
    entry
      .load()
      .then((text) => {
        if (cancelled) return;
        const result = parseDataset(text);
        if (result.ok) {
          setLoaded(prepareDataset(entry.id, result.dataset.meta.title, result.dataset));
          setError(null);
        } else {
          setError(result.problems.map((p) => formatProblem(`${entry.id}.json`, p)).join("\n"));
        }
      })
      .catch((e: unknown) => !cancelled && setError(`Could not load ${entry.id}: ${String(e)}`));
    return () => {
      cancelled = true;
    };
  }, [bundledId]);

  const openLocal = (dataset: Dataset, fileName: string) =>
    setLocal(prepareDataset(`file:${fileName}`, dataset.meta.title, dataset));

  return { loaded: local ?? loaded, error, openLocal, closeLocal: () => setLocal(null) };
}
