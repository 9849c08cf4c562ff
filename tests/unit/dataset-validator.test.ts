/**
 * The in-place dataset check (dataset-validator.ts) against the schema as
 * built: the same verdict for valid datasets and for datasets with one value
 * replaced by anything at all, compiled or not; and the schema changes no
 * value it accepts, so the parsed value itself can be the dataset.
 */
import fc from "fast-check";
import { config, z } from "zod";
import { afterEach, describe, expect, it } from "vitest";
import { Dataset, DatasetStructure } from "../../schema/index.ts";
import {
  compiledSchemas,
  DatasetEnvelope,
  isDataset,
  RECORD_LISTS,
} from "../../src/core/dataset/dataset-validator.ts";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";
import { mutated, replaced } from "./arbitraries/mutated-dataset.ts";

describe("the in-place dataset check", () => {
  afterEach(() => {
    config({ jitless: false });
  });

  it("compiles the schemas where code may be generated, and none under jitless", () => {
    expect(compiledSchemas()?.records.ties).not.toBe(RECORD_LISTS.ties);
    config({ jitless: true });
    expect(compiledSchemas()).toBeUndefined();
  });

  it("splits the structure without changing it: the envelope and the records are the dataset's own schemas", () => {
    const shape = DatasetStructure.shape;
    expect(Object.keys(DatasetEnvelope.shape)).toEqual(Object.keys(shape));
    for (const [name, field] of Object.entries(shape)) {
      const list = RECORD_LISTS[name as keyof typeof RECORD_LISTS];
      if (list === undefined) {
        expect(DatasetEnvelope.shape[name as keyof typeof shape]).toBe(field);
        continue;
      }
      const array = field instanceof z.ZodOptional ? field.unwrap() : field;
      expect(array).toBeInstanceOf(z.ZodArray);
      expect((array as z.ZodArray).element).toBe(list);
      expect((array as z.ZodArray)._zod.def.checks ?? []).toEqual([]);
    }
  });

  it("accepts every valid dataset", () => {
    fc.assert(
      fc.property(datasetArbitrary, (data) => {
        expect(isDataset(data)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  for (const jitless of [false, true]) {
    it(`gives the schema's verdict when any one value is replaced by anything (${jitless ? "as built" : "compiled"})`, () => {
      config({ jitless });
      fc.assert(
        fc.property(mutated, (input) => {
          expect(isDataset(input)).toBe(Dataset.safeParse(input).success);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("rejects names that are blank, and keeps names with spaces around them as written", () => {
    fc.assert(
      fc.property(datasetArbitrary, fc.constantFrom("", " ", "\t \n"), (data, blank) => {
        const name = data.actors[0]!.name;
        expect(isDataset(replaced(data, ["actors", 0, "name"], blank))).toBe(false);
        const padded = replaced(data, ["actors", 0, "name"], `  ${name}  `);
        const result = parseDataset(JSON.stringify(padded));
        expect(result.ok && result.dataset.actors[0]!.name).toBe(`  ${name}  `);
      }),
      { numRuns: 50 },
    );
  });
});

describe("the dataset schema", () => {
  it("changes no value it accepts, so the parsed file is the dataset", () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const result = Dataset.safeParse(input);
        if (result.success) expect(result.data).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  it("makes parseDataset hand back the parsed value itself, equal to the schema's output", () => {
    fc.assert(
      fc.property(datasetArbitrary, (data) => {
        const result = parseDataset(JSON.stringify(data));
        expect(result.ok).toBe(true);
        if (result.ok)
          expect(result.dataset).toEqual(Dataset.parse(JSON.parse(JSON.stringify(data))));
      }),
      { numRuns: 100 },
    );
  });
});
