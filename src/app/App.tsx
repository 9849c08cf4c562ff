import { useEffect, useState } from "react";
import type { Dataset } from "../../schema/index.ts";
import { parseDataset } from "../core/dataset/parse.ts";
import { BUNDLED_DATASETS, DEFAULT_DATASET_ID } from "./data/bundled.ts";

export function App() {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const entry = BUNDLED_DATASETS.find((d) => d.id === DEFAULT_DATASET_ID) ?? BUNDLED_DATASETS[0];
    if (!entry) {
      setError("No bundled dataset found.");
      return;
    }
    void entry.load().then((text) => {
      const result = parseDataset(text);
      if (result.ok) setDataset(result.dataset);
      else setError(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    });
  }, []);
  return (
    <main>
      <h1>Tamyr</h1>
      {error && <p role="alert">{error}</p>}
      {dataset && (
        <section aria-label="Dataset">
          <h2>{dataset.meta.title}</h2>
          <p role="status">
            {dataset.actors.length} actors · {dataset.ties.length} ties ·{" "}
            {dataset.sources?.length ?? 0} sources · {dataset.events?.length ?? 0} events
          </p>
        </section>
      )}
    </main>
  );
}
