/**
 * How much a dataset file may hold. A file someone else made is untrusted
 * input, so these limits are checked before the expensive work (the byte size
 * before anything else, nesting, list and text lengths in one fast scan
 * before JSON.parse; see limit-scan.ts), and each is reported by its name:
 * "the file nests values 10000 deep; the limit maxNesting is 64".
 *
 * The defaults suit any real dataset. To change them, pass some to
 * `parseDataset(text, { limits: { maxActors: 500_000 } })`; on the command
 * line, `tamyr validate --max-actors 500000` (docs/cli.md, "Limits").
 */

export interface Limits {
  /** Largest file, in bytes of UTF-8. */
  maxBytes: number;
  /** Deepest nesting of objects and arrays (the whole dataset is level 1). */
  maxNesting: number;
  /** Most actors (also the most positions in `layout`). */
  maxActors: number;
  /** Most ties. */
  maxTies: number;
  /** Most events. */
  maxEvents: number;
  /** Most sources. */
  maxSources: number;
  /** Longest text or field name, in characters; the schema's longest texts (descriptions, notes, quotes) allow 20,000. */
  maxStringLength: number;
  /** Most items in any other list: aliases, evidence, domains, roles, participants, narrative steps… */
  maxArrayLength: number;
}

export const LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 100_000_000,
  maxNesting: 64,
  maxActors: 200_000,
  maxTies: 1_000_000,
  maxEvents: 200_000,
  maxSources: 200_000,
  maxStringLength: 20_000,
  maxArrayLength: 10_000,
});

export type LimitName = keyof Limits;

export const LIMIT_NAMES = Object.keys(LIMITS) as LimitName[];

/** The defaults with some limits changed; a value that is not a positive whole number is refused. */
export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits: Limits = { ...LIMITS };
  for (const name of LIMIT_NAMES) {
    const value = overrides[name];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`the limit ${name} must be a positive whole number, got ${value}`);
    }
    limits[name] = value;
  }
  return limits;
}

/** `maxStringLength` → `--max-string-length`, for the command line. */
export function limitOption(name: LimitName): string {
  return "--" + name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}
