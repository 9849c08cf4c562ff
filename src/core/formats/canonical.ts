/**
 * The canonical form of a dataset, so that exports diff cleanly in git:
 * - object keys in the schema's field order (read from the zod schemas, the
 *   single source of truth); keys the schema does not know (inside
 *   `attributes`) in code-point order;
 * - the record collections `sources`, `actors`, `ties` and `events` sorted by
 *   id. Every other array keeps its order, because the order means something
 *   there (an actor's first domain gives its colour, vocabulary order is
 *   legend order, evidence order is the curator's);
 * - undefined values dropped.
 */
import type { z } from "zod";
import { Dataset } from "../../../schema/index.ts";

const SORTED_COLLECTIONS = new Set(["sources", "actors", "ties", "events"]);

type AnySchema = z.core.$ZodType;

/** Strips optional, nullable, default and pipe wrappers. */
function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else break;
  }
  return current;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonicalValue(value: unknown, schema: AnySchema | undefined, key?: string): unknown {
  const s = unwrap(schema);
  const def = s?._zod.def as
    { type: string; shape?: Record<string, AnySchema>; element?: AnySchema } | undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => canonicalValue(item, def?.element));
    if (key && SORTED_COLLECTIONS.has(key)) {
      items.sort((a, b) =>
        byCodePoint(String((a as { id: string }).id), String((b as { id: string }).id)),
      );
    }
    return items;
  }
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const shape = def?.type === "object" ? def.shape : undefined;
  const known = shape ? Object.keys(shape).filter((k) => k in record) : [];
  const extra = Object.keys(record)
    .filter((k) => !shape || !(k in shape))
    .sort(byCodePoint);
  const out: Record<string, unknown> = {};
  for (const k of [...known, ...extra]) {
    if (record[k] === undefined) continue;
    out[k] = canonicalValue(record[k], shape?.[k], k);
  }
  return out;
}

/** Any value in the canonical key order of the given schema (e.g. one Source record). */
export function canonicalOf<T>(value: T, schema: z.core.$ZodType): T {
  return canonicalValue(value, schema) as T;
}

/** A copy of the dataset in canonical key order with its record collections sorted by id. */
export function canonicalDataset(dataset: Dataset): Dataset {
  return canonicalValue(dataset, Dataset as unknown as AnySchema) as Dataset;
}

/** Canonical JSON text: 2-space indentation and a trailing newline. */
export function canonicalJson(dataset: Dataset): string {
  return JSON.stringify(canonicalDataset(dataset), null, 2) + "\n";
}
