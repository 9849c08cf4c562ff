/**
 * The intermediate form every importer produces: nodes and edges with their
 * values still raw, each with the place it came from. assemble.ts turns it
 * into a dataset, applying the same defaults and checks whatever the format.
 */
import {
  actorFieldFor,
  isIgnoredName,
  isLenientKindName,
  normalizeName,
  tieFieldFor,
  unprefixedAttribute,
  ACTOR_NAMES,
  TIE_NAMES,
  type ActorField,
  type TieField,
} from "./field-names.ts";
import type { Place, Positions } from "./types.ts";

export interface RawRecord<F extends string> {
  place: Place;
  /** Values of recognised fields. */
  fields: Partial<Record<F, unknown>>;
  /** The name each field had in the file, for problem messages. */
  fieldNames: Partial<Record<F, string>>;
  /** Everything else, kept as attributes. */
  extra: Record<string, unknown>;
}

export type RawActor = RawRecord<ActorField> & { position?: { x: number; y: number } };

export type RawTie = RawRecord<TieField> & {
  /** Direction given by the format's structure (GEXF edge type, GraphML directed…). */
  directed?: boolean;
};

export interface RawGraph {
  /** Format name for messages, e.g. "GEXF". */
  format: string;
  actors: RawActor[];
  ties: RawTie[];
  /** Direction of edges that say nothing about it and whose type is new. */
  defaultDirected: boolean;
  /** Graph-level values: Tamyr's own (tamyr_meta, tamyr_vocabulary, tamyr_sources, tamyr_events) and a title. */
  graph?: {
    title?: string;
    meta?: unknown;
    vocabulary?: unknown;
    /** All sources, cited or not (JSON array of source records). */
    sources?: unknown;
    events?: unknown;
    /** Narratives (JSON array), kept only when every id they name is in the file. */
    narratives?: unknown;
    /** Where graph-level values came from. */
    place?: Place;
  };
  positions?: Positions;
}

function priority(table: Record<string, string[]>, field: string, name: string): number {
  const names = table[field] ?? [];
  const index = names.findIndex((n) => normalizeName(n) === normalizeName(name));
  return index === -1 ? names.length : index;
}

/**
 * Splits a bag of named values into recognised fields and extra attributes.
 * When several names map to one field, the earlier synonym wins and the
 * others stay attributes. `attribute_`-prefixed names are always attributes.
 */
export function recognise<F extends string>(
  values: Record<string, unknown>,
  table: "actor" | "tie",
): {
  fields: Partial<Record<F, unknown>>;
  fieldNames: Partial<Record<F, string>>;
  extra: Record<string, unknown>;
} {
  const names = table === "actor" ? ACTOR_NAMES : TIE_NAMES;
  const fieldFor = table === "actor" ? actorFieldFor : tieFieldFor;
  const chosen = new Map<string, string>();
  const extra: Record<string, unknown> = Object.create(null); // keeps a "__proto__" field
  for (const name of Object.keys(values)) {
    const plain = unprefixedAttribute(name);
    if (plain !== undefined) {
      extra[plain] = values[name];
      continue;
    }
    if (isIgnoredName(name)) continue;
    const field = fieldFor(name) as string | undefined;
    if (!field || field === "id" || field === "source" || field === "target") {
      extra[name] = values[name];
      continue;
    }
    const current = chosen.get(field);
    if (current === undefined) chosen.set(field, name);
    else if (priority(names, field, name) < priority(names, field, current)) {
      extra[current] = values[current];
      chosen.set(field, name);
    } else extra[name] = values[name];
  }
  const fields: Record<string, unknown> = {};
  const fieldNames: Record<string, string> = {};
  for (const [field, name] of chosen) {
    fields[field] = values[name];
    fieldNames[field] = name;
  }
  if (table === "actor" && !chosen.has("kind")) {
    // stays in `extra` too: the assembler removes it when the value is a known kind
    const lenient = Object.keys(extra).find((name) => isLenientKindName(name));
    if (lenient !== undefined) {
      fields["kindLenient"] = extra[lenient];
      fieldNames["kindLenient"] = lenient;
    }
  }
  return {
    fields: fields as Partial<Record<F, unknown>>,
    fieldNames: fieldNames as Partial<Record<F, string>>,
    extra,
  };
}
