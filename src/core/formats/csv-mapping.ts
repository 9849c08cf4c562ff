/**
 * Which spreadsheet column holds which Tamyr field. `inferMapping` guesses
 * it from the header names (field-names.ts) so that a UI can show the guess
 * for confirmation; an import takes the confirmed mapping.
 */
import {
  ACTOR_NAMES,
  EVIDENCE_NAMES,
  LENIENT_KIND_NAMES,
  TIE_NAMES,
  normalizeName,
  type ActorField,
  type EvidenceColumn,
  type TieField,
} from "./field-names.ts";

export type ActorMapping = Partial<
  Record<Exclude<ActorField, "kindLenient"> | EvidenceColumn, string>
>;
export type TieMapping = Partial<Record<TieField | EvidenceColumn, string>>;

export interface CsvMapping {
  actors: ActorMapping;
  ties: TieMapping;
}

function guess(
  headers: readonly string[],
  tables: Record<string, string[]>[],
): Record<string, string> {
  const used = new Set<string>();
  const mapping: Record<string, string> = {};
  for (const table of tables) {
    for (const [field, names] of Object.entries(table)) {
      if (mapping[field] !== undefined) continue;
      for (const name of names) {
        const header = headers.find(
          (h) => !used.has(h) && normalizeName(h) === normalizeName(name),
        );
        if (header !== undefined) {
          mapping[field] = header;
          used.add(header);
          break;
        }
      }
    }
  }
  return mapping;
}

/** Guesses the column of each field from header names; each column is used at most once. */
export function inferMapping(headers: readonly string[], table: "actors"): ActorMapping;
export function inferMapping(headers: readonly string[], table: "ties"): TieMapping;
export function inferMapping(
  headers: readonly string[],
  table: "actors" | "ties",
): ActorMapping | TieMapping {
  if (table === "ties") return guess(headers, [TIE_NAMES, EVIDENCE_NAMES]) as TieMapping;
  const mapping = guess(headers, [ACTOR_NAMES, EVIDENCE_NAMES]) as ActorMapping;
  if (mapping.kind === undefined) {
    const taken = new Set(Object.values(mapping));
    const lenient = headers.find(
      (h) => !taken.has(h) && LENIENT_KIND_NAMES.some((n) => normalizeName(n) === normalizeName(h)),
    );
    if (lenient !== undefined) mapping.kind = lenient;
  }
  return mapping;
}
