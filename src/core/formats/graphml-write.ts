/**
 * Export `graphml`: GraphML with typed <key> declarations, for Cytoscape
 * desktop, yEd, NetworkX and igraph. Written by hand (graphology-graphml
 * only parses). Valid against the GraphML XSD (tests/fixtures/xsd).
 *
 * - graph data: title, tamyr_meta, tamyr_vocabulary, tamyr_events (JSON);
 * - node data: label (= name), the fields of export-fields.ts, x and y when
 *   positions are given;
 * - edge data: label and the tie fields; each edge says `directed="true"`
 *   or `"false"`, so mixed graphs survive; edgedefault is "directed".
 * GraphML attribute names must be XML name tokens: other characters in a
 * custom attribute's name are replaced by `_`.
 */
import { resolveVocabulary, type Dataset } from "../../../schema/index.ts";
import { isDirected } from "../graph/build.ts";
import {
  actorValues,
  columns,
  sourcesById,
  tieValues,
  valueText,
  type FlatValue,
  type ValueType,
  positionsFor,
} from "./export-fields.ts";
import { graphLevelValues } from "./graph-level.ts";
import type { ExportOptions } from "./types.ts";
import { XmlWriter } from "./xml.ts";

export const GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

const GRAPHML_TYPES: Record<ValueType, string> = {
  string: "string",
  long: "long",
  double: "double",
  boolean: "boolean",
};

/** An XML name token: letters, digits, `.`, `-`, `_`, `:`. */
export function nameToken(name: string): string {
  const token = name.replace(/[^\p{L}\p{N}._:-]/gu, "_");
  return token === "" ? "_" : token;
}

type Domain = "graph" | "node" | "edge";

class Keys {
  private readonly ids = new Map<string, string>();
  readonly declared: { id: string; for: Domain; name: string; type: ValueType }[] = [];
  private readonly taken = new Set<string>();

  declare(domain: Domain, name: string, type: ValueType): void {
    const token = nameToken(name);
    if (this.ids.has(`${domain}\u0000${token}`)) return;
    let id = `${domain[0]}_${token}`;
    for (let n = 2; this.taken.has(id); n++) id = `${domain[0]}_${token}_${n}`;
    this.taken.add(id);
    this.ids.set(`${domain}\u0000${token}`, id);
    this.declared.push({ id, for: domain, name: token, type });
  }

  id(domain: Domain, name: string): string {
    return this.ids.get(`${domain}\u0000${nameToken(name)}`)!;
  }
}

function data(xml: XmlWriter, keys: Keys, domain: Domain, values: FlatValue[]): void {
  const written = new Set<string>();
  for (const v of values) {
    const key = keys.id(domain, v.name);
    if (written.has(key)) continue; // two names made into the same token: the first wins
    written.add(key);
    xml.text("data", valueText(v.value), { key });
  }
}

export function writeGraphml(dataset: Dataset, options: ExportOptions = {}): string {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  const positions = positionsFor(dataset, options);
  const sources = sourcesById(dataset);
  const graphValues: FlatValue[] = graphLevelValues(dataset).map((v) => ({ ...v, type: "string" }));
  const nodeRows = dataset.actors.map((actor) => {
    const position = positions?.[actor.id];
    const extra: FlatValue[] =
      position && Number.isFinite(position.x) && Number.isFinite(position.y)
        ? [
            { name: "x", value: position.x, type: "double" },
            { name: "y", value: position.y, type: "double" },
          ]
        : [];
    return [
      { name: "label", value: actor.name, type: "string" as const },
      ...actorValues(actor, sources),
      ...extra,
    ];
  });
  const edgeRows = dataset.ties.map((tie) => {
    const label: FlatValue[] =
      tie.label !== undefined ? [{ name: "label", value: tie.label, type: "string" }] : [];
    return [...label, ...tieValues(tie, sources)];
  });

  const keys = new Keys();
  for (const [name, type] of columns([graphValues])) keys.declare("graph", name, type);
  for (const [name, type] of columns(nodeRows)) keys.declare("node", name, type);
  for (const [name, type] of columns(edgeRows)) keys.declare("edge", name, type);

  const xml = new XmlWriter();
  xml.open("graphml", {
    xmlns: GRAPHML_NAMESPACE,
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": `${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd`,
  });
  for (const key of keys.declared) {
    xml.empty("key", {
      id: key.id,
      for: key.for,
      "attr.name": key.name,
      "attr.type": GRAPHML_TYPES[key.type],
    });
  }
  xml.open("graph", { id: "G", edgedefault: "directed" });
  data(xml, keys, "graph", graphValues);
  dataset.actors.forEach((actor, i) => {
    xml.open("node", { id: actor.id });
    data(xml, keys, "node", nodeRows[i]!);
    xml.close("node");
  });
  dataset.ties.forEach((tie, i) => {
    xml.open("edge", {
      id: tie.id,
      source: tie.source,
      target: tie.target,
      directed: isDirected(tie, vocabulary) ? "true" : "false",
    });
    data(xml, keys, "edge", edgeRows[i]!);
    xml.close("edge");
  });
  xml.close("graph");
  xml.close("graphml");
  return xml.toString();
}
