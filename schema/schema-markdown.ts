/**
 * A readable reference of the dataset format, generated from the JSON
 * Schema (itself generated from the zod schema), so docs/schema.md cannot
 * drift from the contract. Regenerate with `npm run schema:docs`.
 */
import { datasetJsonSchema } from "./json-schema.ts";

type Node = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Node[];
  additionalProperties?: Node | boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
};

function typeOf(node: Node): string {
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(" | ");
  if (node.anyOf) return node.anyOf.map(typeOf).join(" or ");
  if (node.type === "array") return `array of ${node.items ? typeOf(node.items) : "values"}`;
  if (node.type === "object" && !node.properties && typeof node.additionalProperties === "object") {
    return `map of ${typeOf(node.additionalProperties)}`;
  }
  return Array.isArray(node.type) ? node.type.join(" or ") : (node.type ?? "value");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function objectsOf(node: Node, name: string, out: [string, Node][]): void {
  if (node.properties) {
    out.push([name, node]);
    for (const [key, child] of Object.entries(node.properties))
      objectsOf(child, `${name}.${key}`, out);
  }
  if (node.items) objectsOf(node.items, `${name}[]`, out);
  if (node.anyOf) node.anyOf.forEach((n) => objectsOf(n, name, out));
  if (typeof node.additionalProperties === "object")
    objectsOf(node.additionalProperties, `${name}{}`, out);
}

export function datasetSchemaMarkdown(): string {
  const schema = datasetJsonSchema() as Node & { title?: string };
  const objects: [string, Node][] = [];
  objectsOf(schema, "dataset", objects);
  const lines = [
    "# Dataset schema reference",
    "",
    "<!-- Generated from the zod schema by `npm run schema:docs`; do not edit by hand. -->",
    "",
    `${schema.title ?? "Tamyr dataset"}. Each table lists an object's fields; *required* fields must be present.`,
    "Cross-reference rules (unique ids, existing actors, sources and vocabulary terms, real dates,",
    "http(s) links, period order) are checked by `tamyr validate`; see the",
    "[data authoring guide](data-authoring.md).",
    "",
  ];
  const seen = new Set<string>();
  for (const [name, node] of objects) {
    const key = name + JSON.stringify(Object.keys(node.properties ?? {}));
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`## \`${name}\``, "");
    if (node.description) lines.push(cell(node.description), "");
    lines.push("| Field | Type | Required | Description |", "| --- | --- | --- | --- |");
    for (const [field, child] of Object.entries(node.properties ?? {})) {
      const required = node.required?.includes(field) ? "yes" : "";
      lines.push(
        `| \`${field}\` | ${cell(typeOf(child))} | ${required} | ${cell(child.description ?? "")} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
