import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetSchemaMarkdown } from "../../schema/schema-markdown.ts";

describe("docs/schema.md", () => {
  it("is generated from the current schema (run `npm run schema:docs` after changing it)", () => {
    expect(readFileSync("docs/schema.md", "utf8")).toBe(datasetSchemaMarkdown());
  });

  it("documents every top-level field and the tie's certainty levels", () => {
    const text = datasetSchemaMarkdown();
    for (const field of [
      "schemaVersion",
      "meta",
      "vocabulary",
      "sources",
      "actors",
      "ties",
      "events",
      "narratives",
      "layout",
    ]) {
      expect(text).toContain(`| \`${field}\` |`);
    }
    expect(text).toMatch(
      /`established` \\\| `reported` \\\| `alleged` \\\| `claimed` \\\| `disputed`/,
    );
  });
});
