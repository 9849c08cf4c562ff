/** Shared helpers for the formats tests: export then import, and fixture loading. */
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import type { Dataset } from "../../schema/index.ts";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import {
  exportDataset,
  importCsv,
  importText,
  type DomParserConstructor,
  type FormatId,
  type ImportOptions,
  type ImportResult,
  type Positions,
} from "../../src/core/formats/index.ts";

export const xml: ImportOptions = { DOMParser: DOMParser as unknown as DomParserConstructor };

export const FIXTURES = new URL("../fixtures/formats/", import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), "utf8");
}

export function sampleDataset(): Dataset {
  const parsed = parseDataset(fixture("sample-dataset.json"));
  if (!parsed.ok) throw new Error("the sample dataset is invalid");
  return parsed.dataset;
}

/** Exports a dataset in a format and imports the result again. */
export function roundTrip(format: FormatId, dataset: Dataset, positions?: Positions): ImportResult {
  const output = exportDataset(format, dataset, positions ? { positions } : {});
  if (typeof output === "string") return importText(format, output, xml);
  return importCsv({ actors: output.files["actors.csv"], ties: output.files["ties.csv"] });
}
