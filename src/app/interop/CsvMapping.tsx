/**
 * Step 2 of a CSV import, for one table: each column with the Tamyr field it
 * is read as (pre-filled by inferMapping), an example value, and the first
 * rows. Columns mapped to no field are kept as custom attributes.
 */
import { useMemo } from "react";
import {
  assignColumn,
  automaticColumn,
  fieldOfColumn,
  fieldsOf,
  type CsvTable,
  type Mapping,
} from "./csv-fields.ts";
import { readCsvHead } from "./csv-head.ts";
import { CsvPreview } from "./CsvPreview.tsx";
import type { LoadedFile } from "./loaded-file.ts";

const TITLE: Record<CsvTable, string> = { actors: "Actors table", ties: "Ties table" };

interface Props {
  table: CsvTable;
  file: LoadedFile;
  mapping: Mapping;
  onMapping(next: Mapping): void;
}

export function CsvMapping({ table, file, mapping, onMapping }: Props) {
  const head = useMemo(() => readCsvHead(file.text, 5), [file]);
  const fields = fieldsOf(table);
  const example = (column: number) => head.rows.find((r) => r[column])?.[column] ?? "";
  return (
    <section className="csv-mapping" aria-label={`Columns of ${file.name}`}>
      <h4>
        {TITLE[table]}: {file.name}
      </h4>
      <table>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Read as</th>
            <th scope="col">Example</th>
          </tr>
        </thead>
        <tbody>
          {head.headers.map((header, i) => {
            const automatic = automaticColumn(header);
            return (
              <tr key={header}>
                <th scope="row">{header}</th>
                <td>
                  {automatic ? (
                    <span className="hint">{automatic}</span>
                  ) : (
                    <select
                      aria-label={`Tamyr field for column ${header}`}
                      value={fieldOfColumn(mapping, header)}
                      onChange={(e) => onMapping(assignColumn(mapping, header, e.target.value))}
                    >
                      <option value="">Keep as an attribute</option>
                      {Object.entries(fields).map(([field, label]) => (
                        <option key={field} value={field}>
                          {label}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td className="example">{example(i)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CsvPreview name={file.name} head={head} />
    </section>
  );
}
