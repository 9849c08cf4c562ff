/**
 * The header and first rows of a CSV table, for the mapping step. Headers
 * are named exactly as the importer names them (csv-read.ts: trimmed, an
 * empty header is `column N`, a repeated one `name (2)`), so a mapping made
 * from them always names real columns.
 */
import Papa from "papaparse";
import { restore } from "../../core/formats/csv-layout.ts";

export interface CsvHead {
  headers: string[];
  /** The first rows, cells in header order ("" when missing). */
  rows: string[][];
}

/** The delimiter the header line uses most: comma, tab or semicolon (as the importer decides). */
export function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const outside = header.replace(/"[^"]*"/g, "");
  const counts = [",", "\t", ";"].map((d) => [d, outside.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}

export function readCsvHead(text: string, rowCount = 5): CsvHead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: "greedy",
    delimiter: guessDelimiter(body),
    preview: rowCount + 1,
  });
  const [head = [], ...rest] = parsed.data;
  const headers: string[] = [];
  head.forEach((raw, i) => {
    let name = restore(raw.trim()) || `column ${i + 1}`;
    for (let n = 2; headers.includes(name); n++) name = `${restore(raw.trim())} (${n})`;
    headers.push(name);
  });
  const rows = rest.map((cells) => headers.map((_, i) => restore(cells[i] ?? "")));
  return { headers, rows };
}
