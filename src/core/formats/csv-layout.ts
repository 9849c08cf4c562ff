/**
 * The CSV layout (docs/formats.md, "CSV"): column names, the evidence
 * columns, and the spreadsheet formula-injection rule.
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is written with a leading `'`, so a spreadsheet shows it
 * as text instead of running it as a formula. The reader removes a leading
 * `'` only when the rest would have been neutralised, i.e. only when the
 * writer would have added it; any other leading `'` is data and stays.
 * (A cell that itself starts with `'` and then one of those characters,
 * such as `'=x`, also gets a `'`, so that it reads back unchanged.)
 */

const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return NEEDS_QUOTE.test(cell) ? `'${cell}` : cell;
}

export function restore(cell: string): string {
  return QUOTED.test(cell) ? cell.slice(1) : cell;
}

export const ACTOR_COLUMNS = [
  "id",
  "name",
  "kind",
  "domains",
  "roles",
  "aliases",
  "description",
  "period_start",
  "period_end",
  "size_min",
  "size_max",
  "size_text",
  "evidence_count",
] as const;

export const TIE_COLUMNS = [
  "id",
  "source",
  "target",
  "type",
  "directed",
  "certainty",
  "label",
  "period_start",
  "period_end",
  "obeyed",
  "note",
  "evidence_count",
] as const;

/** The columns of the n-th evidence item, after `evidence_<n>_`. */
export const EVIDENCE_PARTS = [
  "source",
  "source_title",
  "source_url",
  "source_publisher",
  "source_date",
  "quote",
  "locator",
  "hedge",
  "note",
] as const;

export type EvidencePart = (typeof EVIDENCE_PARTS)[number];

export function evidenceColumn(n: number, part: EvidencePart): string {
  return `evidence_${n}_${part}`;
}

/** Reads `evidence_2_source_url` (any case or separator) as item 2, part source_url. */
export function parseEvidenceColumn(header: string): { n: number; part: EvidencePart } | undefined {
  const m = /^evidence[\s_-]*(\d+)[\s_-]*(.+)$/i.exec(header.trim());
  if (!m) return undefined;
  const wanted = m[2]!.toLowerCase().replace(/[^a-z0-9]/g, "");
  const part = EVIDENCE_PARTS.find((p) => p.replace(/_/g, "") === wanted);
  return part ? { n: Number(m[1]), part } : undefined;
}
