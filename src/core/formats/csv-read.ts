/**
 * Import `csv`: an actors table and a ties table (either may be TSV or use
 * `;`, papaparse detects the delimiter), with a column mapping; without one,
 * `inferMapping` guesses it. With only a ties table (an edge list), actors
 * are made from the tie ends.
 *
 * Rows are numbered as in a spreadsheet (the header is row 1). Columns
 * outside the mapping are kept as attributes, except numbered evidence
 * columns (`evidence_<n>_…`, csv-layout.ts), which always become evidence.
 */
import Papa from "papaparse";
import { assembleDataset } from "./assemble.ts";
import { inferMapping, type ActorMapping, type TieMapping } from "./csv-mapping.ts";
import { parseEvidenceColumn, restore, type EvidencePart } from "./csv-layout.ts";
import { unprefixedAttribute, type EvidenceColumn } from "./field-names.ts";
import type { RawActor, RawTie } from "./raw.ts";
import {
  ImportError,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  type Place,
} from "./types.ts";

export interface CsvInput {
  /** The actors table; optional when the ties table is an edge list. */
  actors?: string;
  ties?: string;
  mapping?: { actors?: ActorMapping; ties?: TieMapping };
}

interface Table {
  headers: string[];
  rows: { row: number; cells: Record<string, string> }[];
}

/** The delimiter used most in the header line: comma, tab or semicolon (cells may hold the others). */
function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const outside = header.replace(/"[^"]*"/g, "");
  const counts = [",", "\t", ";"].map((d) => [d, outside.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}

function parseTable(text: string, file: string, problems: ImportIssue[]): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: guessDelimiter(body),
  });
  for (const error of parsed.errors) {
    if (error.code === "UndetectableDelimiter") continue; // a one-column table
    problems.push({
      file,
      ...(error.row !== undefined ? { row: error.row + 1 } : {}),
      message: error.message,
    });
  }
  const [head, ...body2] = parsed.data;
  if (!head || head.every((h) => h.trim() === ""))
    throw new ImportError("the table has no header row", { file, row: 1 });
  const headers: string[] = [];
  head.forEach((raw, i) => {
    let name = restore(raw.trim()) || `column ${i + 1}`;
    for (let n = 2; headers.includes(name); n++) name = `${restore(raw.trim())} (${n})`;
    headers.push(name);
  });
  const rows: Table["rows"] = [];
  body2.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === "")) return;
    if (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim() !== "")) {
      problems.push({
        file,
        row,
        message: `this row has ${cells.length} cells but the header has ${headers.length}; the extra cells were ignored`,
      });
    }
    const record: Record<string, string> = Object.create(null); // no inherited "constructor"
    headers.forEach((h, j) => {
      const cell = cells[j];
      if (cell !== undefined && cell.trim() !== "") record[h] = restore(cell);
    });
    rows.push({ row, cells: record });
  });
  return { headers, rows };
}

const SINGLE_EVIDENCE: EvidenceColumn[] = [
  "quote",
  "sourceId",
  "sourceTitle",
  "sourceUrl",
  "locator",
  "hedge",
];

/** Evidence items from a row: the mapped single-evidence columns, then the numbered ones. */
function rowEvidence(
  cells: Record<string, string>,
  mapping: Record<string, string | undefined>,
  numbered: Map<string, { n: number; part: EvidencePart }>,
): unknown[] {
  const items = new Map<number, Partial<Record<EvidencePart, string>>>();
  const single: Partial<Record<EvidenceColumn, string>> = {};
  for (const column of SINGLE_EVIDENCE) {
    const header = mapping[column];
    if (header !== undefined && cells[header] !== undefined) single[column] = cells[header];
  }
  if (Object.keys(single).length > 0) {
    items.set(0, {
      source: single.sourceId,
      source_title: single.sourceTitle,
      source_url: single.sourceUrl,
      quote: single.quote,
      locator: single.locator,
      hedge: single.hedge,
    });
  }
  for (const [header, { n, part }] of numbered) {
    const value = cells[header];
    if (value === undefined) continue;
    const item = items.get(n) ?? {};
    item[part] = value;
    items.set(n, item);
  }
  return [...items.keys()]
    .sort((a, b) => a - b)
    .map((n) => {
      const p = items.get(n)!;
      const described = p.source_title ?? p.source_url ?? p.source_publisher ?? p.source_date;
      const source = described
        ? {
            id: p.source,
            title: p.source_title,
            url: p.source_url,
            publisher: p.source_publisher,
            date: p.source_date,
          }
        : p.source;
      return { source, quote: p.quote, locator: p.locator, hedge: p.hedge, note: p.note };
    });
}

function records<F extends string>(
  table: Table,
  file: string,
  mapping: Partial<Record<string, string>>,
  fields: readonly F[],
) {
  const numbered = new Map<string, { n: number; part: EvidencePart }>();
  for (const h of table.headers) {
    const parsed = parseEvidenceColumn(h);
    if (parsed) numbered.set(h, parsed);
  }
  const mapped = new Set(Object.values(mapping).filter((h): h is string => h !== undefined));
  return table.rows.map(({ row, cells }) => {
    const place: Place = { file, row };
    const out = {
      place,
      fields: {} as Record<string, unknown>,
      fieldNames: {} as Record<string, string>,
      extra: Object.create(null) as Record<string, unknown>,
    };
    for (const field of fields) {
      const header = mapping[field];
      if (header === undefined) continue;
      out.fieldNames[field] = header;
      if (cells[header] !== undefined) out.fields[field] = cells[header];
    }
    const evidence = rowEvidence(cells, mapping, numbered);
    if (evidence.length > 0) out.fields.evidence = evidence;
    for (const [header, value] of Object.entries(cells)) {
      if (mapped.has(header) || numbered.has(header) || header === "evidence_count") continue;
      out.extra[unprefixedAttribute(header) ?? header] = value;
    }
    return out;
  });
}

const ACTOR_FIELDS = [
  "id",
  "name",
  "aliases",
  "aliasesJson",
  "kind",
  "domains",
  "roles",
  "description",
  "start",
  "end",
  "sizeMin",
  "sizeMax",
  "sizeText",
  "evidence",
] as const;
const TIE_FIELDS = [
  "id",
  "source",
  "target",
  "type",
  "directed",
  "certainty",
  "label",
  "start",
  "end",
  "obeyed",
  "note",
  "evidence",
] as const;

/** Actors made from the ends of an edge list, in order of first appearance. */
function actorsFromTies(ties: RawTie[]): RawActor[] {
  const seen = new Map<string, RawActor>();
  for (const tie of ties) {
    for (const end of ["source", "target"] as const) {
      const id = tie.fields[end];
      if (typeof id === "string" && !seen.has(id)) {
        seen.set(id, { place: tie.place, fields: { id, name: id }, fieldNames: {}, extra: {} });
      }
    }
  }
  return [...seen.values()];
}

export function readCsv(input: CsvInput, options: ImportOptions = {}): ImportResult {
  try {
    const problems: ImportIssue[] = [];
    if (input.actors === undefined && input.ties === undefined)
      throw new ImportError("no table given");
    const actorTable =
      input.actors !== undefined ? parseTable(input.actors, "actors", problems) : undefined;
    const tieTable =
      input.ties !== undefined ? parseTable(input.ties, "ties", problems) : undefined;
    const actorMapping =
      input.mapping?.actors ?? (actorTable ? inferMapping(actorTable.headers, "actors") : {});
    const tieMapping =
      input.mapping?.ties ?? (tieTable ? inferMapping(tieTable.headers, "ties") : {});
    for (const [table, mapping, t] of [
      ["actors", actorMapping, actorTable],
      ["ties", tieMapping, tieTable],
    ] as const) {
      for (const [field, header] of Object.entries(mapping)) {
        if (t && header !== undefined && !t.headers.includes(header)) {
          throw new ImportError(
            `the mapping names a column '${header}' for ${field}, but the table has no such column`,
            { file: table },
          );
        }
      }
    }
    const ties: RawTie[] = tieTable ? records(tieTable, "ties", tieMapping, TIE_FIELDS) : [];
    const actors: RawActor[] = actorTable
      ? records(actorTable, "actors", actorMapping, ACTOR_FIELDS)
      : actorsFromTies(ties);
    const result = assembleDataset(
      { format: "CSV", actors, ties, defaultDirected: true },
      options.fileName,
    );
    const warnings = actorTable
      ? result.warnings
      : [
          { file: "ties", message: "no actors table: actors were made from the tie ends" },
          ...result.warnings,
        ];
    return { ...result, problems: [...problems, ...result.problems], warnings };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `could not read the CSV: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
