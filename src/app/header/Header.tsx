/** Top bar: product name, dataset picker, open file, help. */
import { useRef } from "react";
import type { Narrative } from "../../../schema/index.ts";
import { BUNDLED_DATASETS } from "../data/bundled.ts";

interface Props {
  datasetKey: string;
  /** Shown for datasets that are not bundled (a workspace's name). */
  datasetLabel: string;
  onPickBundled(id: string): void;
  onOpenFile(file: File): void;
  onHelp(): void;
  onEmbed(): void;
  onImport(): void;
  onExport(): void;
  narratives: Narrative[];
  onStory(narrativeId: string): void;
  search: React.ReactNode;
}

export function Header(props: Props) {
  const {
    datasetKey,
    datasetLabel,
    onPickBundled,
    onOpenFile,
    onHelp,
    onEmbed,
    onImport,
    onExport,
    narratives,
    onStory,
    search,
  } = props;
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
          {/^(file|url|ws):/.test(datasetKey) && (
            <option value={datasetKey}>
              {datasetKey.startsWith("ws:")
                ? `Workspace: ${datasetLabel}`
                : datasetKey.replace(/^(file|url):/, "")}
            </option>
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
      <button type="button" onClick={onImport}>
        Import…
      </button>
      <button type="button" onClick={onExport}>
        Export…
      </button>
      {search}
      {narratives.map((n) => (
        <button key={n.id} type="button" onClick={() => onStory(n.id)} title={n.description}>
          Story: {n.title}
        </button>
      ))}
      <button type="button" onClick={onEmbed}>
        Embed…
      </button>
      <button type="button" onClick={onHelp} aria-label="Help and keyboard shortcuts">
        ?
      </button>
    </header>
  );
}
