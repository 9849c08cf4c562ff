/** State shared while one import assembles its dataset, and the per-field helpers. */
import { parseDateSpan } from "../../../schema/index.ts";
import { isError, toAttributeValue, toDate, type Coerced } from "./coerce.ts";
import type { SourceRegistry } from "./evidence.ts";
import type { IssueLog } from "./issue-log.ts";
import type { RawRecord } from "./raw.ts";
import type { Place, Positions } from "./types.ts";
import type { VocabularyBuilder } from "./vocab-builder.ts";

export interface AssemblyContext {
  format: string;
  log: IssueLog;
  vocabulary: VocabularyBuilder;
  sources: SourceRegistry;
  /** Original node id → actor id. */
  actorIds: Map<string, string>;
  defaultDirected: boolean;
  /** Positions found on nodes, by actor id. */
  positions?: Positions;
}

const MAX_KEY = 200;
const MAX_TEXT = 20_000;

/** The place of one field of a record: the record's place plus the field's name in the file. */
export function fieldPlace<F extends string>(record: RawRecord<F>, field: F): Place {
  const name = record.fieldNames[field];
  return name !== undefined ? { ...record.place, field: name } : record.place;
}

/** Unwraps a coerced value, reporting an error at the field's place. */
export function take<T, F extends string>(
  ctx: AssemblyContext,
  record: RawRecord<F>,
  field: F,
  value: Coerced<T>,
): T | undefined {
  if (isError(value)) {
    ctx.log.problem(fieldPlace(record, field), value.error);
    return undefined;
  }
  return value;
}

/** Text cut to a maximum length, with a warning when cut. */
export function bounded(
  ctx: AssemblyContext,
  place: Place,
  text: string | undefined,
  max: number,
): string | undefined {
  if (text === undefined || text.length <= max) return text;
  ctx.log.warn(
    "truncated",
    place,
    `text longer than ${max} characters was cut`,
    "long texts were cut",
  );
  return text.slice(0, max);
}

/** A period from raw start and end values; an end before the start is reported and dropped. */
export function period<F extends string>(
  ctx: AssemblyContext,
  record: RawRecord<F>,
  startField: F,
  endField: F,
): { start?: string; end?: string } | undefined {
  const start = take(ctx, record, startField, toDate(record.fields[startField]));
  let end = take(ctx, record, endField, toDate(record.fields[endField]));
  if (start && end && parseDateSpan(end)!.last < parseDateSpan(start)!.first) {
    ctx.log.problem(
      fieldPlace(record, endField),
      `the period ends (${end}) before it starts (${start}); the end was left out`,
    );
    end = undefined;
  }
  if (!start && !end) return undefined;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** Extra values kept as attributes: text, numbers and booleans; blanks dropped; lists and objects as JSON. */
export function attributes(
  ctx: AssemblyContext,
  place: Place,
  extra: Record<string, unknown>,
  additions: Record<string, string | number | boolean | undefined>,
): Record<string, string | number | boolean> | undefined {
  const out: Record<string, string | number | boolean> = {};
  for (const [name, raw] of Object.entries({ ...extra, ...additions })) {
    let value = toAttributeValue(raw);
    if (value === undefined) continue;
    if (typeof value === "string")
      value = bounded(ctx, { ...place, field: name }, value, MAX_TEXT)!;
    let key = name.length > MAX_KEY ? name.slice(0, MAX_KEY) : name;
    if (key === "__proto__") {
      // a plain object would take it as its prototype and drop it
      key = "(__proto__)";
      ctx.log.warn(
        "reserved-name",
        { ...place, field: name },
        "the attribute name '__proto__' is reserved in JavaScript, so it was kept as '(__proto__)'",
      );
    }
    out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
