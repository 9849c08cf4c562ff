/**
 * Export `gexf`: GEXF 1.3 for Gephi, written by hand (graphology-gexf writes
 * no dynamics). Checked against the official GEXF 1.3 RELAX NG grammar
 * (the official 1.3 XSD does not compile; see tests/fixtures/xsd/README.md),
 * which is why the root carries no xsi:schemaLocation.
 *
 * - nodes: label = name; attributes from export-fields.ts; viz:color from
 *   the first domain's colour; viz:position when positions are given;
 * - edges: type directed/undirected per tie (mixed graphs are fine), label,
 *   viz:color from the tie type; a tie's period becomes the edge's
 *   start/end (timeformat "date"), partial dates widened to their first and
 *   last day, so Gephi's timeline works; the exact partial dates also travel
 *   as period_start/period_end attributes. Actor periods travel only as
 *   attributes (a node interval would hide ties outside it in Gephi).
 * - the title goes to meta/description; the rest of meta, the vocabulary,
 *   events and uncited sources have no place in GEXF.
 */
import {
  formatDay,
  parseDateSpan,
  resolveVocabulary,
  type Dataset,
  type Period,
} from "../../../schema/index.ts";
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
import type { ExportOptions } from "./types.ts";
import { XmlWriter } from "./xml.ts";

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const GEXF_VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

const GEXF_TYPES: Record<ValueType, string> = {
  string: "string",
  long: "long",
  double: "double",
  boolean: "boolean",
};

function rgb(hex: string | undefined): { r: number; g: number; b: number } | undefined {
  const m = hex ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex) : null;
  return m ? { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) } : undefined;
}

/** A period as GEXF start/end days: a partial start from its first day, a partial end to its last. */
export function periodDays(period: Period | undefined): { start?: string; end?: string } {
  const start = period?.start ? parseDateSpan(period.start) : null;
  const end = period?.end ? parseDateSpan(period.end) : null;
  return {
    ...(start ? { start: formatDay(start.first) } : {}),
    ...(end ? { end: formatDay(end.last) } : {}),
  };
}

function declare(xml: XmlWriter, cls: "node" | "edge", types: Map<string, ValueType>): void {
  if (types.size === 0) return;
  xml.open("attributes", { class: cls });
  for (const [name, type] of types)
    xml.empty("attribute", { id: name, title: name, type: GEXF_TYPES[type] });
  xml.close("attributes");
}

function attvalues(xml: XmlWriter, values: FlatValue[]): void {
  if (values.length === 0) return;
  xml.open("attvalues");
  for (const v of values) xml.empty("attvalue", { for: v.name, value: valueText(v.value) });
  xml.close("attvalues");
}

export function writeGexf(dataset: Dataset, options: ExportOptions = {}): string {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  const positions = positionsFor(dataset, options);
  const domainColours = new Map(vocabulary.domains.map((t) => [t.id, t.color] as const));
  const typeColours = new Map(vocabulary.tieTypes.map((t) => [t.id, t.color] as const));
  const sources = sourcesById(dataset);
  const nodeRows = dataset.actors.map((a) => actorValues(a, sources));
  const edgeRows = dataset.ties.map((t) => tieValues(t, sources));
  const dynamic = dataset.ties.some((t) => t.period?.start || t.period?.end);
  const anyDirected = dataset.ties.some((t) => isDirected(t, vocabulary));

  const xml = new XmlWriter();
  xml.open("gexf", {
    xmlns: GEXF_NAMESPACE,
    "xmlns:viz": GEXF_VIZ_NAMESPACE,
    // no xsi:schemaLocation: the official RELAX NG grammar does not allow it (see the file comment)
    version: "1.3",
  });
  xml.open("meta").text("creator", "Tamyr").text("description", dataset.meta.title).close("meta");
  xml.open("graph", {
    defaultedgetype: anyDirected ? "directed" : "undirected",
    ...(dynamic ? { mode: "dynamic", timeformat: "date" } : { mode: "static" }),
  });
  declare(xml, "node", columns(nodeRows));
  declare(xml, "edge", columns(edgeRows));

  xml.open("nodes", { count: dataset.actors.length });
  dataset.actors.forEach((actor, i) => {
    xml.open("node", { id: actor.id, label: actor.name });
    attvalues(xml, nodeRows[i]!);
    const colour = rgb(domainColours.get(actor.domains[0] ?? ""));
    if (colour) xml.empty("viz:color", colour);
    const position = positions?.[actor.id];
    if (position && Number.isFinite(position.x) && Number.isFinite(position.y)) {
      xml.empty("viz:position", { x: position.x, y: position.y, z: 0 });
    }
    xml.close("node");
  });
  xml.close("nodes");

  xml.open("edges", { count: dataset.ties.length });
  dataset.ties.forEach((tie, i) => {
    xml.open("edge", {
      id: tie.id,
      source: tie.source,
      target: tie.target,
      type: isDirected(tie, vocabulary) ? "directed" : "undirected",
      label: tie.label,
      ...periodDays(tie.period),
    });
    attvalues(xml, edgeRows[i]!);
    const colour = rgb(typeColours.get(tie.type));
    if (colour) xml.empty("viz:color", colour);
    xml.close("edge");
  });
  xml.close("edges");
  xml.close("graph");
  xml.close("gexf");
  return xml.toString();
}
