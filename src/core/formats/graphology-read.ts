/**
 * Import `graphology`: graphology's serialized graph,
 * `{ attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target, attributes, undirected }] }`.
 * An edge is undirected when it says so or when the graph's type is
 * "undirected"; node attributes x and y become positions; graph attributes
 * give the title and Tamyr's meta, vocabulary and events.
 */
import { assembleDataset } from "./assemble.ts";
import type { ActorField, TieField } from "./field-names.ts";
import { readGraphLevel } from "./graph-level.ts";
import { isObject, parseJsonText } from "./json-text.ts";
import type { RawActor, RawTie } from "./raw.ts";
import { recognise } from "./raw.ts";
import { ImportError, type ImportOptions, type ImportResult } from "./types.ts";

function key(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

export function readGraphology(source: string, options: ImportOptions = {}): ImportResult {
  const doc = parseJsonText(source, "graphology JSON");
  if (!isObject(doc) || !Array.isArray(doc.nodes)) {
    throw new ImportError("this is not a serialized graphology graph: no `nodes` array");
  }
  try {
    const graphType = isObject(doc.options) ? doc.options.type : undefined;
    const actors: RawActor[] = doc.nodes.filter(isObject).map((node, i) => {
      const attributes = isObject(node.attributes) ? node.attributes : {};
      const { fields, fieldNames, extra } = recognise<ActorField>(attributes, "actor");
      fields.id = key(node.key);
      const { x, y } = attributes;
      const position = typeof x === "number" && typeof y === "number" ? { position: { x, y } } : {};
      return { place: { path: `nodes[${i}]` }, fields, fieldNames, extra, ...position };
    });
    const edges = Array.isArray(doc.edges) ? doc.edges.filter(isObject) : [];
    const ties: RawTie[] = edges.map((edge, i) => {
      const { fields, fieldNames, extra } = recognise<TieField>(
        isObject(edge.attributes) ? edge.attributes : {},
        "tie",
      );
      fields.id = key(edge.key);
      fields.source = key(edge.source);
      fields.target = key(edge.target);
      fieldNames.source = "source";
      fieldNames.target = "target";
      // graphology marks undirected edges; every other edge of a directed or mixed graph is directed
      const directed = !(edge.undirected === true || graphType === "undirected");
      return { place: { path: `edges[${i}]` }, fields, fieldNames, extra, directed };
    });
    const graph = isObject(doc.attributes) ? readGraphLevel(doc.attributes) : {};
    return assembleDataset(
      {
        format: "graphology JSON",
        actors,
        ties,
        defaultDirected: graphType !== "undirected",
        graph: { ...graph, place: { path: "attributes" } },
      },
      options.fileName,
    );
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `could not read the graphology JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
