/** The first rows of a CSV table, as text, so the mapping can be checked against real values. */
import type { CsvHead } from "./csv-head.ts";

export function CsvPreview({ name, head }: { name: string; head: CsvHead }) {
  if (head.rows.length === 0) return <p className="hint">{name} has no rows under its header.</p>;
  return (
    <div className="csv-preview">
      <table>
        <caption>First rows of {name}</caption>
        <thead>
          <tr>
            {head.headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {head.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
