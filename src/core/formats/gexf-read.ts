/**
 * Import `gexf` (1.1 to 1.3, as written by Gephi, NetworkX, igraph and
 * Tamyr). Read by walking the DOM rather than with graphology-gexf's parser,
 * which drops edge start/end and spells and cannot say where a problem is.
 *
 * - declared attributes are read by title, typed by their declared type,
 *   with their <default> applied; undeclared attvalues are read as text;
 * - dynamic attribute values (several attvalues with start/end) keep the
 *   last one, with a warning;
 * - node and edge start/end (or the envelope of their spells) fill the
 *   period when no period_start/period_end attribute gives it;
 * - viz:position becomes a position; other viz data is not imported;
 * - nested (hierarchical) nodes are read as ordinary nodes.
 */
import { assembleDataset } from "./assemble.ts";
import { readNodeOrEdge, type Declared } from "./gexf-values.ts";
import type { RawActor, RawTie } from "./raw.ts";
import { recognise } from "./raw.ts";
import type { ActorField, TieField } from "./field-names.ts";
import { ImportError, type ImportOptions, type ImportResult } from "./types.ts";
import { IssueLog } from "./issue-log.ts";
import { attr, childElements, elementPlace, firstChild, parseXml } from "./xml.ts";

/** GEXF times are dates only with timeformat date/dateTime; numbers that look like years pass too. */
function dateLike(value: string | undefined, log: IssueLog, el: Element): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:[T ].*)?$/.test(value.trim())) return value.trim();
  log.warn(
    "time-format",
    elementPlace(el),
    `the time '${value}' is not a date, so it was not imported`,
    "times that are not dates were not imported",
  );
  return undefined;
}

function declarations(graph: Element, cls: "node" | "edge"): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const block of childElements(graph, "attributes")) {
    if ((attr(block, "class") ?? "node") !== cls) continue;
    for (const a of childElements(block, "attribute")) {
      const id = attr(a, "id") ?? attr(a, "for");
      if (id === undefined) continue;
      const def = firstChild(a, "default");
      out.set(id, {
        title: attr(a, "title") ?? id,
        type: attr(a, "type") ?? "string",
        ...(def ? { default: def.textContent ?? "" } : {}),
      });
    }
  }
  return out;
}

/** All <node> (or <edge>) elements under a <nodes> (or <edges>) element, nested ones included. */
function collect(parent: Element, container: string, item: string, out: Element[] = []): Element[] {
  for (const block of childElements(parent, container)) {
    for (const el of childElements(block, item)) {
      out.push(el);
      collect(el, "nodes", "node", out);
      if (item === "node") collect(el, "edges", "edge", out);
    }
  }
  return out;
}

export function readGexf(text: string, options: ImportOptions = {}): ImportResult {
  const doc = parseXml(text, options);
  const root = doc.documentElement;
  if (root.localName !== "gexf") {
    throw new ImportError(
      `this is not GEXF: the root element is <${root.localName}>, not <gexf>`,
      elementPlace(root),
    );
  }
  try {
    const graph = firstChild(root, "graph");
    if (!graph) throw new ImportError("the GEXF file has no <graph> element", elementPlace(root));
    const log = new IssueLog();
    const defaultDirected = attr(graph, "defaultedgetype") === "directed";
    const nodeDeclared = declarations(graph, "node");
    const edgeDeclared = declarations(graph, "edge");
    const nested =
      collect(graph, "nodes", "node").length !==
      childElements(firstChild(graph, "nodes") ?? graph, "node").length;
    if (nested) log.warn("nested", {}, "nested (hierarchical) nodes were read as ordinary nodes");

    const actors: RawActor[] = collect(graph, "nodes", "node").map((el) => {
      const read = readNodeOrEdge(el, nodeDeclared, log);
      const label = attr(el, "label");
      const values = { ...(label !== undefined ? { label } : {}), ...read.values };
      const { fields, fieldNames, extra } = recognise<ActorField>(values, "actor");
      fields.id = attr(el, "id");
      if (fields.start === undefined) fields.start = dateLike(read.start, log, el);
      if (fields.end === undefined) fields.end = dateLike(read.end, log, el);
      return {
        place: elementPlace(el),
        fields,
        fieldNames,
        extra,
        ...(read.position ? { position: read.position } : {}),
      };
    });

    const ties: RawTie[] = collect(graph, "edges", "edge").map((el) => {
      const read = readNodeOrEdge(el, edgeDeclared, log);
      const values: Record<string, unknown> = Object.create(null);
      for (const name of ["label", "kind", "weight"]) {
        const v = attr(el, name);
        if (v !== undefined) values[name] = name === "weight" ? Number(v) : v;
      }
      Object.assign(values, read.values);
      const { fields, fieldNames, extra } = recognise<TieField>(values, "tie");
      fields.id = attr(el, "id");
      fields.source = attr(el, "source");
      fields.target = attr(el, "target");
      fieldNames.source = "source";
      fieldNames.target = "target";
      if (fields.start === undefined) fields.start = dateLike(read.start, log, el);
      if (fields.end === undefined) fields.end = dateLike(read.end, log, el);
      const type = attr(el, "type");
      // the file states every edge's direction: its own type, else the graph's defaultedgetype
      const directed = type === undefined ? defaultDirected : type === "directed";
      return {
        place: elementPlace(el),
        fields,
        fieldNames,
        extra,
        ...(directed !== undefined ? { directed } : {}),
      };
    });

    const meta = firstChild(root, "meta");
    const title =
      (meta &&
        (firstChild(meta, "description")?.textContent ?? firstChild(meta, "title")?.textContent)) ||
      undefined;
    const result = assembleDataset(
      { format: "GEXF", actors, ties, defaultDirected, graph: { ...(title ? { title } : {}) } },
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
      `could not read the GEXF: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
