/**
 * Import `cyjs`: Cytoscape desktop's .cyjs and Cytoscape.js JSON, with
 * elements as `{ nodes, edges }` or as one array of `{ group, data }`.
 *
 * - node data `id` is the id, `name` (else `label`) the name; other data
 *   are read by name (field-names.ts) or kept as attributes, lists included
 *   (as JSON text); `position` becomes a position;
 * - edge data `interaction` (Cytoscape) or `tie_type` gives the type;
 *   `directed` gives the direction, else edges are directed (Cytoscape's own
 *   default);
 * - top-level `data.name` gives the title; tamyr_meta, tamyr_vocabulary and
 *   tamyr_events are read when present.
 */
import { assembleDataset } from "./assemble.ts";
import type { ActorField, TieField } from "./field-names.ts";
import { readGraphLevel } from "./graph-level.ts";
import { isObject, parseJsonText } from "./json-text.ts";
import type { RawActor, RawTie } from "./raw.ts";
import { recognise } from "./raw.ts";
import { ImportError, type ImportOptions, type ImportResult } from "./types.ts";

interface Element {
  group: "nodes" | "edges";
  path: string;
  value: Record<string, unknown>;
}

function elementsOf(doc: unknown): Element[] {
  const root = isObject(doc) ? doc.elements : doc;
  const out: Element[] = [];
  if (Array.isArray(root)) {
    root.forEach((value, i) => {
      if (!isObject(value)) return;
      const data = isObject(value.data) ? value.data : {};
      const group =
        value.group === "edges" || (value.group === undefined && data.source !== undefined)
          ? "edges"
          : "nodes";
      out.push({ group, path: `elements[${i}]`, value });
    });
    return out;
  }
  if (isObject(root)) {
    for (const group of ["nodes", "edges"] as const) {
      const list = root[group];
      if (!Array.isArray(list)) continue;
      list.forEach((value, i) => {
        if (isObject(value)) out.push({ group, path: `elements.${group}[${i}]`, value });
      });
    }
    return out;
  }
  throw new ImportError("this is not Cytoscape JSON: no `elements` with nodes and edges");
}

function text(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

export function readCyjs(source: string, options: ImportOptions = {}): ImportResult {
  const doc = parseJsonText(source, "Cytoscape JSON");
  const elements = elementsOf(doc);
  try {
    const actors: RawActor[] = [];
    const ties: RawTie[] = [];
    for (const { group, path, value } of elements) {
      const { id, source: from, target: to, ...data } = isObject(value.data) ? value.data : {};
      if (group === "nodes") {
        const { fields, fieldNames, extra } = recognise<ActorField>(data, "actor");
        fields.id = text(id);
        const pos = isObject(value.position) ? value.position : undefined;
        const position =
          pos && typeof pos.x === "number" && typeof pos.y === "number"
            ? { position: { x: pos.x, y: pos.y } }
            : {};
        actors.push({ place: { path: `${path}.data` }, fields, fieldNames, extra, ...position });
      } else {
        const { fields, fieldNames, extra } = recognise<TieField>(data, "tie");
        fields.id = text(id);
        fields.source = text(from);
        fields.target = text(to);
        fieldNames.source = "source";
        fieldNames.target = "target";
        ties.push({ place: { path: `${path}.data` }, fields, fieldNames, extra });
      }
    }
    const graph = isObject(doc) && isObject(doc.data) ? readGraphLevel(doc.data) : {};
    return assembleDataset(
      {
        format: "Cytoscape JSON",
        actors,
        ties,
        defaultDirected: true,
        graph: { ...graph, place: { path: "data" } },
      },
      options.fileName,
    );
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `could not read the Cytoscape JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
