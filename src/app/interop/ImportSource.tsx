/** Step 1 of an import: the file(s), the format, and for CSV which file is which table. */
import { useRef } from "react";
import { FORMATS } from "../../core/formats/index.ts";
import type { CsvTable } from "./csv-fields.ts";
import type { ImportState } from "./useImportState.ts";

const IMPORTABLE = FORMATS.filter((f) => f.canImport);
const ACCEPT = ".json,.csv,.tsv,.txt,.gexf,.graphml,.xml,.cyjs,.jsonl,.ndjson,.ftm";
const TABLE_LABEL: Record<CsvTable, string> = { actors: "Actors table", ties: "Ties table" };

function TableSlot({ table, state }: { table: CsvTable; state: ImportState }) {
  const input = useRef<HTMLInputElement>(null);
  const file = state.tables[table];
  const noun = TABLE_LABEL[table].toLowerCase();
  return (
    <li>
      {TABLE_LABEL[table]}: <span className="file-name">{file ? file.name : "none"}</span>{" "}
      <button type="button" onClick={() => input.current?.click()}>
        {file ? `Replace ${noun}…` : `Choose ${noun}…`}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,text/csv"
        className="visually-hidden"
        aria-label={`${TABLE_LABEL[table]} (CSV)`}
        tabIndex={-1}
        onChange={(e) => {
          const picked = e.target.files?.[0];
          if (picked) void state.setTable(table, picked);
          e.target.value = "";
        }}
      />{" "}
      {file && (
        <button type="button" onClick={() => void state.setTable(table, null)}>
          Remove {noun}
        </button>
      )}
    </li>
  );
}

export function ImportSource({ state }: { state: ImportState }) {
  const { files, format, detected } = state;
  return (
    <section className="import-step" aria-labelledby="import-file-title">
      <h3 id="import-file-title">1. File</h3>
      <label>
        Files to import{" "}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => {
            const picked = [...(e.target.files ?? [])];
            if (picked.length > 0) void state.pick(picked);
            e.target.value = "";
          }}
        />
      </label>
      <p className="hint">
        Tamyr JSON, GEXF (Gephi), GraphML, Cytoscape JSON, graphology JSON, FollowTheMoney (Aleph)
        or CSV: for CSV pick the actors table and the ties table together, or either alone (a ties
        table alone is an edge list).
      </p>
      {state.refused.length > 0 && (
        <ul className="problem-list" role="alert">
          {state.refused.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      {files.length > 0 && <p>Read: {files.map((f) => f.name).join(", ")}</p>}
      <label>
        Format{" "}
        <select value={format} onChange={(e) => state.setFormat(e.target.value as typeof format)}>
          <option value="" disabled>
            Choose…
          </option>
          {IMPORTABLE.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>{" "}
      {files.length > 0 && (
        <span className="hint">
          {detected
            ? detected === format
              ? "(detected from the file)"
              : "(your choice; the file looked like another format)"
            : "(the file did not say; choose its format)"}
        </span>
      )}
      {format === "csv" && (
        <ul className="table-slots" aria-label="CSV tables">
          <TableSlot table="actors" state={state} />
          <TableSlot table="ties" state={state} />
        </ul>
      )}
    </section>
  );
}
