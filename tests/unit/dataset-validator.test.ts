/**
 * The compiled dataset schema (dataset-validator.ts) against the schema as
 * built: the same verdict, the same data and the same problems, for valid
 * datasets and for datasets with one value replaced by anything at all.
 */
import fc from "fast-check";
import { config } from "zod";
import { afterEach, describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import { datasetSchema } from "../../src/core/dataset/dataset-validator.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";

type Path = (string | number)[];

/** Every path to a value inside `value`, the root excluded. */
function pathsIn(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const path = [...at, k];
    return [path, ...pathsIn((value as Record<string | number, unknown>)[k], path)];
  });
}

/** A deep copy of `value` with the value at `path` replaced. */
function replaced(value: unknown, path: Path, by: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = by;
  return copy;
}

const verdict = (schema: typeof Dataset, input: unknown) => {
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues };
};

describe("the compiled dataset schema", () => {
  afterEach(() => {
    config({ jitless: false });
  });

  it("is compiled where code may be generated, and the schema as built under jitless", () => {
    expect(datasetSchema()).not.toBe(Dataset);
    config({ jitless: true });
    expect(datasetSchema()).toBe(Dataset);
  });

  it("accepts valid datasets with the same data", () => {
    fc.assert(
      fc.property(datasetArbitrary, (data) => {
        expect(verdict(datasetSchema(), data)).toEqual(verdict(Dataset, data));
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same problems when any one value is replaced by anything", () => {
    const mutated = datasetArbitrary.chain((data) => {
      const paths = pathsIn(data);
      return fc
        .tuple(fc.constantFrom(...paths), fc.oneof(fc.anything(), fc.string(), fc.constant("  ")))
        .map(([path, by]) => replaced(data, path, by));
    });
    fc.assert(
      fc.property(mutated, (input) => {
        expect(verdict(datasetSchema(), input)).toEqual(verdict(Dataset, input));
      }),
      { numRuns: 300 },
    );
  });

  it("trims names as the schema does", () => {
    fc.assert(
      fc.property(datasetArbitrary, (data) => {
        const padded = replaced(data, ["actors", 0, "name"], `  ${data.actors[0]!.name}  `);
        const result = datasetSchema().safeParse(padded);
        expect(result.success && result.data.actors[0]!.name).toBe(data.actors[0]!.name.trim());
      }),
      { numRuns: 50 },
    );
  });
});
