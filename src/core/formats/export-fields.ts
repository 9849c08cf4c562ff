/**
 * Actors and ties as flat named values, for the graph formats (GEXF,
 * GraphML, cyjs). Names come from field-names.ts; the name of an actor and
 * the label of a tie are left to each writer, which has its own place for
 * them. Lists are joined with ` | ` (or kept as arrays for cyjs).
 */
import type { Actor, Dataset, Source, Tie } from "../../../schema/index.ts";
import { customAttributeName } from "./field-names.ts";
import { inlineEvidenceJson } from "./evidence.ts";
import type { ExportOptions, Positions } from "./types.ts";

export type ValueType = "string" | "long" | "double" | "boolean";
export type FlatScalar = string | number | boolean;

export interface FlatValue {
  name: string;
  value: FlatScalar | string[];
  type: ValueType;
}

export const LIST_SEPARATOR = " | ";

export interface FlattenOptions {
  /** Keep lists as arrays (cyjs) instead of joining them. */
  arrays?: boolean;
}

export function sourcesById(dataset: Dataset): Map<string, Source> {
  return new Map((dataset.sources ?? []).map((s) => [s.id, s] as const));
}

function list(values: string[], options: FlattenOptions): string[] | string {
  return options.arrays ? values : values.join(LIST_SEPARATOR);
}

function push(
  out: FlatValue[],
  name: string,
  value: FlatValue["value"] | undefined,
  type: ValueType = "string",
): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
  out.push({ name, value, type });
}

function custom(
  out: FlatValue[],
  attributes: Record<string, FlatScalar> | undefined,
  table: "actor" | "tie",
): void {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    const type: ValueType =
      typeof value === "boolean"
        ? "boolean"
        : typeof value === "number"
          ? Number.isInteger(value)
            ? "long"
            : "double"
          : "string";
    out.push({ name: customAttributeName(name, table), value, type });
  }
}

/** Whether aliases need the JSON form to survive (language tags, notes, `|` in a name). */
function aliasesNeedJson(actor: Actor): boolean {
  return (actor.aliases ?? []).some(
    (a) =>
      a.lang !== undefined ||
      a.transliteration !== undefined ||
      a.note !== undefined ||
      a.name.includes("|"),
  );
}

export function actorValues(
  actor: Actor,
  sources: ReadonlyMap<string, Source>,
  options: FlattenOptions = {},
): FlatValue[] {
  const out: FlatValue[] = [];
  push(out, "kind", actor.kind);
  push(out, "domains", list(actor.domains, options));
  push(out, "roles", list(actor.roles, options));
  const aliases = (actor.aliases ?? []).map((a) => a.name);
  if (aliases.length > 0) push(out, "aliases", list(aliases, options));
  if (aliasesNeedJson(actor)) push(out, "aliases_json", JSON.stringify(actor.aliases));
  push(out, "description", actor.description);
  push(out, "period_start", actor.period?.start);
  push(out, "period_end", actor.period?.end);
  push(out, "size_min", actor.size?.min, "long");
  push(out, "size_max", actor.size?.max, "long");
  push(out, "size_text", actor.size?.text);
  push(out, "evidence", inlineEvidenceJson(actor.evidence, sources));
  push(out, "evidence_count", actor.evidence?.length ?? 0, "long");
  custom(out, actor.attributes, "actor");
  return out;
}

export function tieValues(tie: Tie, sources: ReadonlyMap<string, Source>): FlatValue[] {
  const out: FlatValue[] = [];
  push(out, "tie_type", tie.type);
  push(out, "certainty", tie.certainty);
  push(out, "period_start", tie.period?.start);
  push(out, "period_end", tie.period?.end);
  push(out, "obeyed", tie.obeyed, "boolean");
  push(out, "note", tie.note);
  push(out, "evidence", inlineEvidenceJson(tie.evidence, sources));
  push(out, "evidence_count", tie.evidence?.length ?? 0, "long");
  custom(out, tie.attributes, "tie");
  return out;
}

/**
 * The attribute columns needed by a set of records, in first-seen order,
 * each with one type: a name whose values mix types is declared as string.
 */
export function columns(rows: FlatValue[][]): Map<string, ValueType> {
  const types = new Map<string, ValueType>();
  for (const row of rows) {
    for (const { name, type } of row) {
      const seen = types.get(name);
      if (seen === undefined) types.set(name, type);
      else if (seen !== type)
        types.set(
          name,
          seen === "long" && type === "double"
            ? "double"
            : seen === "double" && type === "long"
              ? "double"
              : "string",
        );
    }
  }
  return types;
}

/** A value as text for XML formats. */
export function valueText(value: FlatValue["value"]): string {
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

/** Flat values as an object (the first value of a name wins). */
export function valueRecord(values: FlatValue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const v of values) if (!(v.name in out)) out[v.name] = v.value;
  return out;
}

/** Positions to write: those given (the explorer's current layout), else the dataset's saved layout. */
export function positionsFor(dataset: Dataset, options: ExportOptions): Positions | undefined {
  return options.positions ?? dataset.layout?.positions;
}
