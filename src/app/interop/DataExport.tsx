/** The data part of the export dialog: a format, what it loses, and the download. */
import { useState } from "react";
import type { Dataset } from "../../../schema/index.ts";
import { FORMATS, type FormatId, type Positions } from "../../core/formats/index.ts";
import { downloadBlob } from "../file/download.ts";
import { dataExport } from "./export-data.ts";
import type { ExportScope } from "./file-names.ts";
import { FormatLosses } from "./FormatLosses.tsx";

const EXPORTABLE = FORMATS.filter((f) => f.canExport);

interface Props {
  dataset: Dataset;
  title: string;
  scope: ExportScope;
  visible: { actors: Iterable<string>; ties: Iterable<string> };
  /** The layout on screen, read when the download starts. */
  positions(): Positions | undefined;
  /** Called after the whole dataset was saved as Tamyr JSON. */
  onWholeJson(): void;
}

export function DataExport({ dataset, title, scope, visible, positions, onWholeJson }: Props) {
  const [format, setFormat] = useState<FormatId>("json");
  const [status, setStatus] = useState("");
  const info = EXPORTABLE.find((f) => f.id === format)!;
  const download = () => {
    try {
      const out = dataExport({ dataset, title, format, scope, visible, positions: positions() });
      downloadBlob(out.fileName, out.blob);
      if (format === "json" && scope === "dataset") onWholeJson();
      setStatus(`Saved ${out.fileName}.`);
    } catch (error) {
      setStatus(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <section className="export-section" aria-labelledby="export-data-title">
      <h3 id="export-data-title">Data file</h3>
      <label>
        Format{" "}
        <select
          value={format}
          onChange={(e) => {
            setFormat(e.target.value as FormatId);
            setStatus("");
          }}
        >
          {EXPORTABLE.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {format === "csv" && (
        <p className="hint">Two tables, actors.csv and ties.csv, in one zip file.</p>
      )}
      <FormatLosses format={format} label={info.label} />
      {scope === "view" && (
        <p className="hint">
          The view leaves out narratives, events without a shown participant and sources no shown
          record cites.
        </p>
      )}
      <button type="button" onClick={download}>
        Download data
      </button>
      <p role="status" className="export-status">
        {status}
      </p>
    </section>
  );
}
