/**
 * Loads the dataset the view names: a bundled one, or one from `?data=URL`
 * (validated like any file); or holds a file the user opened.
 */
import { useEffect, useState } from "react";
import type { Dataset } from "../../../schema/index.ts";
import { parseDataset } from "../../core/dataset/parse.ts";
import { formatProblem } from "../../core/dataset/problems.ts";
import { BUNDLED_DATASETS } from "../data/bundled.ts";
import { MAX_FILE_BYTES } from "../file/useFileOpener.ts";
import { prepareDataset, type LoadedDataset } from "./loaded-dataset.ts";

async function fetchText(url: string): Promise<string> {
  const response = await fetch(new URL(url, window.location.href), { credentials: "omit" });
  if (!response.ok)
    throw new Error(`the server answered ${response.status} ${response.statusText}`);
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > MAX_FILE_BYTES)
    throw new Error(`the file is larger than ${MAX_FILE_BYTES / 1e6} MB`);
  return response.text();
}

export function useLoadedDataset(bundledId: string, dataUrl: string | null) {
  const [loaded, setLoaded] = useState<LoadedDataset | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [local, setLocal] = useState<LoadedDataset | null>(null);

  useEffect(() => {
    let cancelled = false;
    const bundled = BUNDLED_DATASETS.find((d) => d.id === bundledId);
    const key = dataUrl ? `url:${dataUrl}` : bundledId;
    const name = dataUrl ?? `${bundledId}.json`;
    if (!dataUrl && !bundled) {
      setError(`There is no bundled dataset called “${bundledId}”.`);
      return;
    }
    const load = dataUrl ? () => fetchText(dataUrl) : bundled!.load;
    load()
      .then((text) => {
        if (cancelled) return;
        const result = parseDataset(text);
        if (result.ok) {
          setLoaded(prepareDataset(key, result.dataset.meta.title, result.dataset));
          setError(null);
        } else {
          setError(
            `${name} is not a valid Tamyr dataset:\n` +
              result.problems.map((p) => formatProblem(name, p)).join("\n"),
          );
        }
      })
      .catch((e: unknown) => {
        if (!cancelled)
          setError(`Could not load ${name}: ${e instanceof Error ? e.message : String(e)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [bundledId, dataUrl]);

  const openLocal = (dataset: Dataset, fileName: string) =>
    setLocal(prepareDataset(`file:${fileName}`, dataset.meta.title, dataset));

  return { loaded: local ?? loaded, error, openLocal, closeLocal: () => setLocal(null) };
}
