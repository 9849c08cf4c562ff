/** The Tamyr fields a spreadsheet column can be mapped to, with their names in the mapping step. */
import type { ActorMapping, TieMapping } from "../../core/formats/index.ts";

export type CsvTable = "actors" | "ties";

const EVIDENCE = {
  quote: "Evidence: quote",
  sourceId: "Evidence: source id",
  sourceTitle: "Evidence: source title",
  sourceUrl: "Evidence: source URL",
  locator: "Evidence: locator (page…)",
  hedge: "Evidence: hedge",
} as const;

export const ACTOR_FIELDS: Record<keyof ActorMapping, string> = {
  id: "Id",
  name: "Name",
  aliases: "Aliases (list)",
  aliasesJson: "Aliases (JSON)",
  kind: "Kind",
  domains: "Domains (list)",
  roles: "Roles (list)",
  description: "Description",
  start: "Period start",
  end: "Period end",
  sizeMin: "Size, at least",
  sizeMax: "Size, at most",
  sizeText: "Size, as text",
  evidence: "Evidence (JSON)",
  ...EVIDENCE,
};

export const TIE_FIELDS: Record<keyof TieMapping, string> = {
  id: "Id",
  source: "From (actor id)",
  target: "To (actor id)",
  type: "Tie type",
  directed: "Directed",
  certainty: "Certainty",
  label: "Label",
  start: "Period start",
  end: "Period end",
  obeyed: "Obeyed",
  note: "Note",
  evidence: "Evidence (JSON)",
  ...EVIDENCE,
};

export function fieldsOf(table: CsvTable): Record<string, string> {
  return table === "actors" ? ACTOR_FIELDS : TIE_FIELDS;
}

/** Columns the importer reads on its own: numbered evidence columns and the derived count. */
export function automaticColumn(header: string): string | undefined {
  if (/^evidence_\d+_/i.test(header)) return "Evidence (numbered columns, read automatically)";
  if (header === "evidence_count") return "Ignored (a count Tamyr writes)";
  return undefined;
}

export type Mapping = Record<string, string | undefined>;

/** The field a column is mapped to, or "" when it is kept as an attribute. */
export function fieldOfColumn(mapping: Mapping, header: string): string {
  return Object.entries(mapping).find(([, h]) => h === header)?.[0] ?? "";
}

/** Maps `header` to `field` ("" = keep as attribute); a field moves from any other column. */
export function assignColumn(mapping: Mapping, header: string, field: string): Mapping {
  const next: Mapping = {};
  for (const [f, h] of Object.entries(mapping)) {
    if (h !== undefined && h !== header && f !== field) next[f] = h;
  }
  if (field) next[field] = header;
  return next;
}
