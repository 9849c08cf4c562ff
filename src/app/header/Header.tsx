/** Top bar: product name, dataset picker, open file, help. */
import { useRef } from "react";
import { BUNDLED_DATASETS } from "../data/bundled.ts";

interface Props {
  datasetKey: string;
  onPickBundled(id: string): void;
  onOpenFile(file: File): void;
  onHelp(): void;
  search: React.ReactNode;
}

export function Header({ datasetKey, onPickBundled, onOpenFile, onHelp, search }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="app-header">
      <span className="brand" aria-label="Tamyr">
        Tamyr
      </span>
      <label className="dataset-picker">
        Dataset{" "}
        <select value={datasetKey} onChange={(e) => onPickBundled(e.target.value)}>
          {BUNDLED_DATASETS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.id}
            </option>
          ))}
          {datasetKey.startsWith("file:") && (
            <option value={datasetKey}>{datasetKey.slice(5)}</option>
          )}
        </select>
      </label>
      <button type="button" onClick={() => fileInput.current?.click()}>
        Open file…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Dataset file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onOpenFile(file);
          e.target.value = "";
        }}
      />
      {search}
      <button type="button" onClick={onHelp} aria-label="Help and keyboard shortcuts">
        ?
      </button>
    </header>
  );
}
