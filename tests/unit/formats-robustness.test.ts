/** Imports never throw anything but ImportError, whatever the text, and what they return is valid. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import {
  exportDataset,
  importCsv,
  importText,
  ImportError,
  type ExportFiles,
  type FormatId,
} from "../../src/core/formats/index.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";
import { xml } from "./formats-support.ts";

const FORMATS: FormatId[] = ["json", "csv", "gexf", "graphml", "cyjs", "graphology", "ftm"];

function check(run: () => { dataset: unknown }): void {
  try {
    const result = run();
    if (result.dataset !== null) expect(Dataset.safeParse(result.dataset).success).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
  }
}

/** An export of a generated dataset, cut or altered at a random place. */
const damaged = (format: FormatId) =>
  fc
    .tuple(
      datasetArbitrary,
      fc.nat(),
      fc.constantFrom("cut", "insert"),
      fc.constantFrom("<", '"', ",", "{", "}", "\n", "&", "=x"),
    )
    .map(([dataset, at, how, piece]) => {
      const out = exportDataset(format, dataset);
      const text = typeof out === "string" ? out : (out as ExportFiles).files["ties.csv"]!;
      const i = at % (text.length + 1);
      return how === "cut" ? text.slice(0, i) : text.slice(0, i) + piece + text.slice(i);
    });

describe.each(FORMATS)("importing damaged %s", (format) => {
  it("returns a valid dataset or throws an ImportError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), damaged(format)), (text) => {
        check(() => (format === "csv" ? importCsv({ ties: text }) : importText(format, text, xml)));
      }),
      { numRuns: Number(process.env.FORMATS_RUNS ?? 80) },
    );
  });
});
