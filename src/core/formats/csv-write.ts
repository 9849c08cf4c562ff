/**
 * Export `csv`: two tables, `actors.csv` and `ties.csv` (layout in
 * csv-layout.ts and docs/formats.md), written with papaparse.
 *
 * - lists (domains, roles, alias names) are joined with ` | `; aliases with
 *   a language tag or note also get an `aliases_json` column;
 * - evidence is flattened into numbered columns, `evidence_<n>_source`,
 *   `…_source_title`, `…_source_url`, `…_source_publisher`,
 *   `…_source_date`, `…_quote`, `…_locator`, `…_hedge`, `…_note`, as many
 *   as the record with the most evidence needs, after `evidence_count`;
 * - custom attributes follow as their own columns;
 * - every cell goes through the formula-injection rule;
 * - files start with a UTF-8 byte-order mark so that Excel reads Cyrillic right.
 */
import Papa from "papaparse";
import {
  resolveVocabulary,
  type Dataset,
  type Evidence,
  type Source,
} from "../../../schema/index.ts";
import { isDirected } from "../graph/build.ts";
import {
  ACTOR_COLUMNS,
  EVIDENCE_PARTS,
  TIE_COLUMNS,
  evidenceColumn,
  neutralise,
  type EvidencePart,
} from "./csv-layout.ts";
import { LIST_SEPARATOR, sourcesById } from "./export-fields.ts";
import { customAttributeName } from "./field-names.ts";
import type { ExportFiles } from "./types.ts";

type Row = Record<string, string | number | boolean | undefined>;

const BOM = "\uFEFF";

function evidenceCells(
  row: Row,
  evidence: Evidence[] | undefined,
  sources: ReadonlyMap<string, Source>,
): void {
  (evidence ?? []).forEach((item, i) => {
    const source = sources.get(item.source);
    const values: Record<EvidencePart, string | undefined> = {
      source: item.source,
      source_title: source?.title,
      source_url: source?.url,
      source_publisher: source?.publisher,
      source_date: source?.date,
      quote: item.quote,
      locator: item.locator,
      hedge: item.hedge,
      note: item.note,
    };
    for (const part of EVIDENCE_PARTS) row[evidenceColumn(i + 1, part)] = values[part];
  });
}

function customCells(
  row: Row,
  attributes: Record<string, string | number | boolean> | undefined,
  table: "actor" | "tie",
  extra: string[],
): void {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    const column = customAttributeName(name, table);
    if (!extra.includes(column)) extra.push(column);
    row[column] = value;
  }
}

function table(
  fixed: readonly string[],
  rows: Row[],
  maxEvidence: number,
  extra: string[],
): string {
  const fields = [...fixed];
  for (let n = 1; n <= maxEvidence; n++)
    for (const part of EVIDENCE_PARTS) fields.push(evidenceColumn(n, part));
  fields.push(...extra.filter((c) => !fields.includes(c)));
  const data = rows.map((row) =>
    fields.map((f) => (row[f] === undefined ? "" : neutralise(String(row[f])))),
  );
  return BOM + Papa.unparse({ fields: fields.map(neutralise), data }) + "\r\n";
}

export function writeCsv(dataset: Dataset): ExportFiles {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  const sources = sourcesById(dataset);
  const actorExtra: string[] = [];
  const needsAliasJson = dataset.actors.some((a) =>
    (a.aliases ?? []).some(
      (x) =>
        x.lang !== undefined ||
        x.transliteration !== undefined ||
        x.note !== undefined ||
        x.name.includes("|"),
    ),
  );
  if (needsAliasJson) actorExtra.push("aliases_json");
  const actorRows = dataset.actors.map((a) => {
    const row: Row = {
      id: a.id,
      name: a.name,
      kind: a.kind,
      domains: a.domains.join(LIST_SEPARATOR),
      roles: a.roles.join(LIST_SEPARATOR),
      aliases: (a.aliases ?? []).map((x) => x.name).join(LIST_SEPARATOR),
      aliases_json: needsAliasJson && a.aliases ? JSON.stringify(a.aliases) : undefined,
      description: a.description,
      period_start: a.period?.start,
      period_end: a.period?.end,
      size_min: a.size?.min,
      size_max: a.size?.max,
      size_text: a.size?.text,
      evidence_count: a.evidence?.length ?? 0,
    };
    evidenceCells(row, a.evidence, sources);
    customCells(row, a.attributes, "actor", actorExtra);
    return row;
  });
  const tieExtra: string[] = [];
  const tieRows = dataset.ties.map((t) => {
    const row: Row = {
      id: t.id,
      source: t.source,
      target: t.target,
      type: t.type,
      directed: isDirected(t, vocabulary),
      certainty: t.certainty,
      label: t.label,
      period_start: t.period?.start,
      period_end: t.period?.end,
      obeyed: t.obeyed,
      note: t.note,
      evidence_count: t.evidence?.length ?? 0,
    };
    evidenceCells(row, t.evidence, sources);
    customCells(row, t.attributes, "tie", tieExtra);
    return row;
  });
  const maxEvidence = (items: { evidence?: Evidence[] }[]) =>
    Math.max(0, ...items.map((i) => i.evidence?.length ?? 0));
  return {
    files: {
      "actors.csv": table(ACTOR_COLUMNS, actorRows, maxEvidence(dataset.actors), actorExtra),
      "ties.csv": table(TIE_COLUMNS, tieRows, maxEvidence(dataset.ties), tieExtra),
    },
  };
}
