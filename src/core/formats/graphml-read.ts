/**
 * Import `graphml` (as written by NetworkX, igraph, Gephi, Cytoscape, yEd
 * and Tamyr). Read by walking the DOM rather than with graphology-graphml's
 * parser, which treats `directed="false"` in a directed graph as directed
 * and cannot say where a problem is.
 *
 * - <key> declarations give names (attr.name, else the key id), types and
 *   <default> values; keys `for="all"` apply everywhere;
 * - per-edge `directed` overrides the graph's edgedefault (true/false/1/0);
 * - node data `x` and `y` become positions;
 * - data holding XML (yEd graphics) is not imported, with a warning;
 * - only the first top-level graph is read; nested graphs are flattened;
 *   hyperedges and ports are not imported.
 */
import { assembleDataset } from "./assemble.ts";
import type { ActorField, TieField } from "./field-names.ts";
import { readGraphLevel } from "./graph-level.ts";
import { IssueLog } from "./issue-log.ts";
import type { RawActor, RawTie } from "./raw.ts";
import { recognise } from "./raw.ts";
import { ImportError, type ImportOptions, type ImportResult } from "./types.ts";
import { attr, childElements, elementPlace, parseXml } from "./xml.ts";

interface Key {
  name: string;
  type: string;
  for: string;
  default?: string;
}

function typed(type: string, text: string): unknown {
  if (["int", "long", "float", "double", "short", "integer"].includes(type)) {
    const n = Number(text);
    return text.trim() !== "" && Number.isFinite(n) ? n : text;
  }
  if (type === "boolean") {
    const lower = text.trim().toLowerCase();
    return lower === "true" || lower === "1"
      ? true
      : lower === "false" || lower === "0"
        ? false
        : text;
  }
  return text;
}

function readKeys(root: Element): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of childElements(root, "key")) {
    const id = attr(k, "id");
    if (id === undefined || keys.has(id)) continue;
    const def = childElements(k, "default")[0];
    keys.set(id, {
      name: attr(k, "attr.name") ?? id,
      type: attr(k, "attr.type") ?? "string",
      for: attr(k, "for") ?? "all",
      ...(def ? { default: def.textContent ?? "" } : {}),
    });
  }
  return keys;
}

function dataValues(
  el: Element,
  domain: string,
  keys: Map<string, Key>,
  log: IssueLog,
): Record<string, unknown> {
  const values: Record<string, unknown> = Object.create(null);
  for (const d of childElements(el, "data")) {
    const id = attr(d, "key");
    if (id === undefined) continue;
    const key = keys.get(id);
    if (childElements(d).length > 0) {
      log.warn(
        "xml-data",
        elementPlace(d, "key"),
        `data '${key?.name ?? id}' holds XML (such as yEd graphics) and was not imported`,
        "data holding XML was not imported",
      );
      continue;
    }
    values[key?.name ?? id] = typed(key?.type ?? "string", d.textContent ?? "");
  }
  for (const key of keys.values()) {
    if (
      (key.for === domain || key.for === "all") &&
      key.default !== undefined &&
      !(key.name in values)
    ) {
      values[key.name] = typed(key.type, key.default);
    }
  }
  return values;
}

/** Nodes and edges of a graph and of the graphs nested in its nodes and edges. */
function walk(graph: Element, nodes: Element[], edges: Element[], log: IssueLog): void {
  for (const child of childElements(graph)) {
    if (child.localName === "node") nodes.push(child);
    else if (child.localName === "edge") edges.push(child);
    else if (child.localName === "hyperedge") {
      log.warn(
        "hyperedge",
        elementPlace(child),
        "hyperedges are not imported",
        "hyperedges were not imported",
      );
      continue;
    } else continue;
    for (const nested of childElements(child, "graph")) {
      log.warn(
        "nested",
        elementPlace(nested),
        "a nested graph was flattened into the main graph",
        "nested graphs were flattened",
      );
      walk(nested, nodes, edges, log);
    }
  }
}

function direction(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const lower = value.trim().toLowerCase();
  return lower === "true" || lower === "1"
    ? true
    : lower === "false" || lower === "0"
      ? false
      : undefined;
}

export function readGraphml(text: string, options: ImportOptions = {}): ImportResult {
  const doc = parseXml(text, options);
  const root = doc.documentElement;
  if (root.localName !== "graphml") {
    throw new ImportError(
      `this is not GraphML: the root element is <${root.localName}>, not <graphml>`,
      elementPlace(root),
    );
  }
  try {
    const log = new IssueLog();
    const graphs = childElements(root, "graph");
    const graph = graphs[0];
    if (!graph)
      throw new ImportError("the GraphML file has no <graph> element", elementPlace(root));
    if (graphs.length > 1)
      log.warn("graphs", elementPlace(graphs[1]!), "only the first graph of the file was imported");
    const keys = readKeys(root);
    const edgedefault = attr(graph, "edgedefault");
    if (edgedefault === undefined)
      log.warn(
        "edgedefault",
        elementPlace(graph),
        "the graph has no edgedefault; edges are taken as undirected",
      );
    const defaultDirected = edgedefault === "directed";
    const nodes: Element[] = [];
    const edges: Element[] = [];
    walk(graph, nodes, edges, log);

    const actors: RawActor[] = nodes.map((el) => {
      const values = dataValues(el, "node", keys, log);
      const { fields, fieldNames, extra } = recognise<ActorField>(values, "actor");
      fields.id = attr(el, "id");
      const x = values.x;
      const y = values.y;
      const position = typeof x === "number" && typeof y === "number" ? { position: { x, y } } : {};
      return { place: elementPlace(el), fields, fieldNames, extra, ...position };
    });
    const ties: RawTie[] = edges.map((el) => {
      const { fields, fieldNames, extra } = recognise<TieField>(
        dataValues(el, "edge", keys, log),
        "tie",
      );
      fields.id = attr(el, "id");
      fields.source = attr(el, "source");
      fields.target = attr(el, "target");
      fieldNames.source = "source";
      fieldNames.target = "target";
      // the file states every edge's direction: its own, else the graph's edgedefault
      const directed = direction(attr(el, "directed")) ?? defaultDirected;
      return { place: elementPlace(el), fields, fieldNames, extra, directed };
    });
    const graphValues = dataValues(graph, "graph", keys, log);
    const result = assembleDataset(
      {
        format: "GraphML",
        actors,
        ties,
        defaultDirected,
        graph: { ...readGraphLevel(graphValues), place: elementPlace(graph) },
      },
      options.fileName,
    );
    return {
      ...result,
      warnings: [...log.warnings, ...result.warnings],
      problems: [...log.problems, ...result.problems],
    };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `could not read the GraphML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
