/**
 * The limit scan (src/core/dataset/limit-scan.ts) reads JSON text without
 * parsing it. For any well-formed JSON, its problems must be the ones the
 * limits' rules give for the parsed value: checked here against those rules
 * written out plainly over `JSON.parse`'s result, with small limits so that
 * random values hit them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { datasetJsonText } from "../../src/core/generate/serialize.ts";
import { certainlyWithinLimits } from "../../src/core/dataset/limit-prescreen.ts";
import { scanProblems } from "../../src/core/dataset/limit-scan.ts";
import { resolveLimits, type LimitName, type Limits } from "../../src/core/dataset/limits.ts";
import { formatPath } from "../../src/core/dataset/problems.ts";

const COLLECTIONS: Record<string, LimitName> = {
  actors: "maxActors",
  ties: "maxTies",
  events: "maxEvents",
  sources: "maxSources",
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const shortKey = (key: string) => (key.length > 60 ? key.slice(0, 59) + "…" : key);

/** The problems the rules give for a parsed value, as "path  message", sorted. */
function expectedProblems(value: Json, limits: Limits): string[] {
  const found: string[] = [];
  let deepest = 0;
  let tooDeepAt: (string | number)[] | null = null;
  const report = (path: (string | number)[], message: string) =>
    found.push(`${formatPath(path.slice(0, 12)) + (path.length > 12 ? "…" : "")}  ${message}`);
  const text = (s: string, path: (string | number)[], what: string) => {
    if (s.length > limits.maxStringLength) {
      report(
        path,
        `${what} is ${s.length} characters long; the limit maxStringLength is ${limits.maxStringLength}`,
      );
    }
  };

  // `path` leads to the value; `depth` counts the containers around it
  const walk = (v: Json, path: (string | number)[], depth: number, keys: string[]) => {
    if (typeof v === "string") {
      if (depth <= limits.maxNesting) text(v, path, "this text");
      return;
    }
    if (v === null || typeof v !== "object") return;
    const level = depth + 1;
    deepest = Math.max(deepest, level);
    if (level > limits.maxNesting) {
      tooDeepAt ??= path;
      if (Array.isArray(v)) v.forEach((item) => walk(item, path, level, keys));
      else Object.values(v).forEach((item) => walk(item, path, level, keys));
      return;
    }
    const items = Array.isArray(v) ? v.length : Object.keys(v).length;
    const collection =
      level === 2 && keys.length === 1 && Object.hasOwn(COLLECTIONS, keys[0]!)
        ? COLLECTIONS[keys[0]!]
        : undefined;
    let limit: LimitName | undefined;
    if (collection && Array.isArray(v)) {
      limit = collection;
    } else if (
      level === 3 &&
      !Array.isArray(v) &&
      keys[0] === "layout" &&
      keys[1] === "positions"
    ) {
      limit = "maxActors";
    } else if (Array.isArray(v) && !collection) {
      limit = "maxArrayLength";
    }
    if (limit && items > limits[limit]) {
      const counted = Array.isArray(v) ? `list has ${items} items` : `object has ${items} fields`;
      report(path, `this ${counted}; the limit ${limit} is ${limits[limit]}`);
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], level, [...keys, ""]));
      return;
    }
    for (const [key, item] of Object.entries(v)) {
      const at = [...path, shortKey(key)];
      text(key, at, "this field name");
      if (key === "__proto__" && key.length <= limits.maxStringLength) {
        report(
          at,
          'a field named "__proto__" is not allowed: JavaScript gives the name a special meaning, so it could not be kept. Rename the field',
        );
      }
      walk(item, at, level, [...keys, key]);
    }
  };
  walk(value, [], 0, []);
  if (tooDeepAt) {
    report(
      tooDeepAt,
      `the file nests values ${deepest} deep; the limit maxNesting is ${limits.maxNesting}`,
    );
  }
  return found.sort();
}

const limitsArb = fc.record({
  maxNesting: fc.integer({ min: 1, max: 6 }),
  maxActors: fc.integer({ min: 1, max: 4 }),
  maxTies: fc.integer({ min: 1, max: 4 }),
  maxEvents: fc.integer({ min: 1, max: 4 }),
  maxSources: fc.integer({ min: 1, max: 4 }),
  maxStringLength: fc.integer({ min: 1, max: 12 }),
  maxArrayLength: fc.integer({ min: 1, max: 4 }),
});

// keys that the rules single out, among arbitrary ones
const key = fc.oneof(
  fc.constantFrom("actors", "ties", "events", "sources", "layout", "positions", "__proto__", "id"),
  fc.string({ maxLength: 14 }),
  fc.string({ unit: "binary", maxLength: 6 }),
);
const { json } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1.5e-7, 42),
    fc.string({ unit: "binary", maxLength: 16 }),
    fc.array(tie("json"), { maxLength: 6 }),
    fc.dictionary(key, tie("json"), { maxKeys: 6 }),
  ),
}));
// datasets' own shape: collections and positions under the root object
const datasetLike = fc.record({
  actors: fc.array(json, { maxLength: 6 }),
  ties: json,
  layout: fc.record({ positions: fc.dictionary(key, json, { maxKeys: 6 }) }),
  other: json,
});

describe("scanProblems", () => {
  it("finds, in any well-formed JSON however it is spaced, the problems the rules give for its value", () => {
    fc.assert(
      fc.property(
        fc.oneof(json, datasetLike),
        limitsArb,
        fc.constantFrom(undefined, 0, 1, "\t", " \n "),
        (value, small, space) => {
          const limits = resolveLimits(small);
          const text = JSON.stringify(value, null, space as string | number | undefined);
          const got = scanProblems(text, limits)
            .map((p) => `${p.path}  ${p.message}`)
            .sort();
          expect(got).toEqual(expectedProblems(value as Json, limits));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

/** Texts near JSON: well-formed, with names escaped, or broken by a cut or a stray character. */
const spacing = fc.constantFrom(undefined, 0, 1, "\t", " \n ");
const nearJson = fc
  .tuple(
    fc.oneof(json, datasetLike),
    spacing,
    fc.constantFrom("as is", "escaped names", "cut", "stray"),
    fc.nat(),
    fc.constantFrom("{", "}", "[", "]", '"', ",", ":", "\\", "\\u", " "),
  )
  .map(([value, space, how, at, stray]) => {
    const text = JSON.stringify(value, null, space as string | number | undefined);
    const i = at % (text.length + 1);
    if (how === "escaped names") {
      return text
        .replaceAll('"actors"', '"\\u0061ctors"')
        .replaceAll('"__proto__"', '"\\u005f\\u005fproto__"')
        .replaceAll('"layout"', '"l\\u0061yout"');
    }
    if (how === "cut") return text.slice(0, i);
    if (how === "stray") return text.slice(0, i) + stray + text.slice(i);
    return text;
  });

// each limit small or out of reach, so that texts also get past the other checks to the one a limit tests
const smallOrLarge = (max: number) => fc.oneof(fc.integer({ min: 1, max }), fc.constant(1000));
const prescreenLimits = fc.record({
  maxNesting: smallOrLarge(6),
  maxActors: smallOrLarge(4),
  maxTies: smallOrLarge(4),
  maxEvents: smallOrLarge(4),
  maxSources: smallOrLarge(4),
  maxStringLength: smallOrLarge(24),
  maxArrayLength: smallOrLarge(4),
});

describe("certainlyWithinLimits", () => {
  it("clears no text in which the scan finds a problem, well-formed or not", () => {
    fc.assert(
      fc.property(nearJson, prescreenLimits, (text, small) => {
        const limits = resolveLimits(small);
        if (certainlyWithinLimits(text, limits)) expect(scanProblems(text, limits)).toEqual([]);
      }),
      { numRuns: 5000 },
    );
  });

  it("clears well-formed JSON that no limit comes near, so that valid files skip the scan", () => {
    fc.assert(
      fc.property(fc.oneof(json, datasetLike), spacing, (value, space) => {
        const text = JSON.stringify(value, null, space as string | number | undefined);
        expect(certainlyWithinLimits(text, resolveLimits())).toBe(!text.includes('"__proto__"'));
      }),
      { numRuns: 1000 },
    );
  });

  it("clears a generated dataset of 2,000 actors, and the scan agrees", () => {
    const text = datasetJsonText(generateDataset({ actors: 2000, tiesPerActor: 3, seed: 7 }));
    expect(certainlyWithinLimits(text, resolveLimits())).toBe(true);
    expect(scanProblems(text, resolveLimits())).toEqual([]);
    const tight = resolveLimits({ maxActors: 1999 });
    expect(certainlyWithinLimits(text, tight)).toBe(false);
    expect(scanProblems(text, tight).map((p) => p.message)).toEqual([
      "this list has 2000 items; the limit maxActors is 1999",
    ]);
  });
});
