/** The datasets shipped in data/, bundled as text and validated like any other file. */
const files = import.meta.glob("../../../data/*.json", {
  query: "?raw",
  import: "default",
  eager: false,
}) as Record<string, () => Promise<string>>;

export interface BundledDataset {
  /** File name without extension, e.g. "kazakhstan-2022". */
  id: string;
  load: () => Promise<string>;
}

export const BUNDLED_DATASETS: BundledDataset[] = Object.entries(files)
  .map(([path, load]) => ({ id: path.replace(/^.*\//, "").replace(/\.json$/, ""), load }))
  .sort((a, b) => a.id.localeCompare(b.id));

export const DEFAULT_DATASET_ID = "kazakhstan-2022";
