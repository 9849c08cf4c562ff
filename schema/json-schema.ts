/**
 * The JSON Schema of a dataset file, generated from the zod schema so that
 * editors can check and complete datasets. The committed copy,
 * schema/tamyr-dataset.schema.json, is regenerated with `npm run schema:json`.
 *
 * JSON Schema cannot express the cross-reference rules (unique ids, known
 * actors, sources and vocabulary terms) nor the refinements (real dates,
 * http(s) links, period order): `tamyr validate` checks those.
 */
import { z } from "zod";
import { Dataset, SCHEMA_VERSION } from "./dataset.ts";

export const DATASET_SCHEMA_ID = `urn:tamyr:dataset-schema:${SCHEMA_VERSION}`;

/** The dataset's JSON Schema (draft-07, the draft editors support most widely). */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Dataset, { target: "draft-7", io: "input" });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: DATASET_SCHEMA_ID,
    title: `Tamyr dataset ${SCHEMA_VERSION}`,
    ...rest,
  };
}

/** The JSON Schema as the committed file holds it: 2-space indented, with a trailing newline. */
export function datasetJsonSchemaText(): string {
  return JSON.stringify(datasetJsonSchema(), null, 2) + "\n";
}
