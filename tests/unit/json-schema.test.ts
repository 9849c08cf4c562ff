/** The committed JSON Schema is what the zod schema generates today. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DATASET_SCHEMA_ID,
  datasetJsonSchema,
  datasetJsonSchemaText,
} from "../../schema/json-schema.ts";

/** The value at a chain of keys in generated JSON. */
function dig(value: unknown, ...keys: string[]): unknown {
  return keys.reduce((v, key) => (v as Record<string, unknown>)[key], value);
}

const repoRoot = path.resolve(import.meta.dirname, "../..");
const committedFile = path.join(repoRoot, "schema/tamyr-dataset.schema.json");

describe("schema/tamyr-dataset.schema.json", () => {
  it("is up to date with the zod schema (regenerate with `npm run schema:json`)", () => {
    expect(readFileSync(committedFile, "utf8")).toBe(datasetJsonSchemaText());
  });

  it("is 2-space indented JSON with a trailing newline", () => {
    const text = datasetJsonSchemaText();
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toMatch(/^ {2}"/);
  });

  it("names itself and describes the dataset's fields", () => {
    const schema = datasetJsonSchema();
    expect(schema).toMatchObject({
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: DATASET_SCHEMA_ID,
      title: "Tamyr dataset 1.0",
      type: "object",
      required: ["schemaVersion", "meta", "actors", "ties"],
      additionalProperties: false,
    });
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(Object.keys(properties)).toEqual([
      "$schema",
      "schemaVersion",
      "meta",
      "vocabulary",
      "sources",
      "actors",
      "ties",
      "events",
      "narratives",
      "layout",
    ]);
    expect(properties.schemaVersion).toMatchObject({ const: "1.0" });
  });

  it("gives editors the shape of dates and links", () => {
    const schema = datasetJsonSchema();
    const date = new RegExp(
      String(dig(schema, "properties", "meta", "properties", "created", "pattern")),
    );
    expect(["2022", "2022-01", "2022-12-31"].every((d) => date.test(d))).toBe(true);
    expect(["2022-13", "2022-00", "2022-1", "yesterday"].some((d) => date.test(d))).toBe(false);
    const url = new RegExp(
      String(dig(schema, "properties", "sources", "items", "properties", "url", "pattern")),
    );
    expect(["https://a.org", "HTTP://a.org"].every((u) => url.test(u))).toBe(true);
    expect(["javascript:alert(1)", "data:x", "ftp://a.org"].some((u) => url.test(u))).toBe(false);
  });
});
