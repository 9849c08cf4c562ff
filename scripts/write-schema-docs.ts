/** Writes docs/schema.md from the zod schema (see schema/schema-markdown.ts). */
import { writeFileSync } from "node:fs";
import { datasetSchemaMarkdown } from "../schema/schema-markdown.ts";

writeFileSync("docs/schema.md", datasetSchemaMarkdown());
console.log("wrote docs/schema.md");
