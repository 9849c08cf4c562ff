/**
 * Whether parsed JSON is a dataset, checked in place: the structure by zod's
 * assert-only validation (no copy of the data is built), then the
 * cross-references. The schema changes no value it accepts (schema/text.ts),
 * so a dataset that passes is the parsed value itself.
 *
 * Where `new Function` may run (Node: the CLI, the benchmark, the tests), zod
 * compiles the schema ahead of the first check. It is compiled in pieces: the
 * file's envelope, with its lists of records taken as lists of anything, and
 * a function per kind of record, run on each record. One function for the
 * whole dataset would be too large for V8 to optimize (it stays in its
 * baseline compiler, and validates about a third slower). In the browser the
 * Content-Security-Policy forbids eval: the page and the workers set zod's
 * `jitless`, and the dataset worker compiles the schemas from functions
 * written at build time instead (validator-factories.ts).
 *
 * A value that fails is parsed again by `Dataset` as built, for its problems.
 */
import { z, config, compile, validate } from "zod";
import { withFactories, type Factory } from "./validator-factories.ts";
import {
  Actor,
  crossReference,
  DatasetStructure,
  Event,
  Source,
  Tie,
  type Dataset,
} from "../../../schema/index.ts";

/** The dataset's lists of records, and the schema of each list's records. */
export const RECORD_LISTS = { sources: Source, actors: Actor, ties: Tie, events: Event } as const;
type ListName = keyof typeof RECORD_LISTS;
const LIST_NAMES = Object.keys(RECORD_LISTS) as ListName[];

/** The dataset's structure with each list of records taken as a list of anything. */
export const DatasetEnvelope = DatasetStructure.extend({
  sources: z.array(z.unknown()).optional(),
  actors: z.array(z.unknown()),
  ties: z.array(z.unknown()),
  events: z.array(z.unknown()).optional(),
});

interface Compiled {
  envelope: typeof DatasetEnvelope;
  records: { [K in ListName]: (typeof RECORD_LISTS)[K] };
}

let compiled: Compiled | undefined;
let precompiled: Compiled | undefined;

/** The dataset's schemas compiled by zod: the envelope and a function per kind of record. */
export function compileSchemas(): Compiled {
  return {
    envelope: compile(DatasetEnvelope),
    records: {
      sources: compile(Source),
      actors: compile(Actor),
      ties: compile(Tie),
      events: compile(Event),
    },
  };
}

/**
 * The schemas compiled: from factories written at build time when some were
 * given (usePrecompiledSchemas), else by zod unless it is told not to
 * generate code (undefined then).
 */
export function compiledSchemas(): Compiled | undefined {
  if (precompiled) return precompiled;
  if (config().jitless) return undefined;
  compiled ??= compileSchemas();
  return compiled;
}

/**
 * Compiles the schemas from functions written at build time
 * (validator-factories.ts), for where eval is forbidden; a schema whose code
 * has no factory stays as built. Returns how many of the five were compiled.
 * Null forgets them.
 */
export function usePrecompiledSchemas(factories: Readonly<Record<string, Factory>> | null): number {
  if (!factories) {
    precompiled = undefined;
    return 0;
  }
  const schemas = withFactories(factories, compileSchemas);
  precompiled = schemas;
  const built: unknown[] = [DatasetEnvelope, ...Object.values(RECORD_LISTS)];
  const now: unknown[] = [schemas.envelope, ...Object.values(schemas.records)];
  return now.filter((schema, i) => schema !== built[i]).length;
}

function structureIsValid(data: unknown): boolean {
  const schemas = compiledSchemas();
  if (!schemas) return validate(DatasetStructure, data);
  if (!validate(schemas.envelope, data)) return false;
  const lists = data as Record<ListName, unknown[] | undefined>;
  for (const name of LIST_NAMES) {
    const items = lists[name];
    if (!items) continue;
    const schema = schemas.records[name];
    for (let i = 0; i < items.length; i++) if (!validate(schema, items[i])) return false;
  }
  return true;
}

/** Whether `data` (parsed JSON) is a valid dataset; answers without building a copy of it. */
export function isDataset(data: unknown): data is Dataset {
  return structureIsValid(data) && crossReference(data as Dataset).length === 0;
}
