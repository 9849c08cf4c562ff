/** Reading one GEXF <node> or <edge>: typed attribute values, time span and position. */
import type { IssueLog } from "./issue-log.ts";
import { attr, childElements, elementPlace, firstChild } from "./xml.ts";

export interface Declared {
  title: string;
  type: string;
  default?: string;
}

export interface ReadElement {
  values: Record<string, unknown>;
  start?: string;
  end?: string;
  position?: { x: number; y: number };
}

const NUMERIC = new Set([
  "integer",
  "long",
  "double",
  "float",
  "short",
  "byte",
  "bigdecimal",
  "biginteger",
]);

/** A GEXF value in its declared type; list types stay text. */
export function typedValue(type: string, text: string): unknown {
  if (NUMERIC.has(type)) {
    const n = Number(text);
    return text.trim() !== "" && Number.isFinite(n) ? n : text;
  }
  if (type === "boolean") {
    const lower = text.trim().toLowerCase();
    return lower === "true" ? true : lower === "false" ? false : text;
  }
  return text;
}

/** The envelope of an element's start/end attributes or of its spells. */
function span(el: Element): { start?: string; end?: string } {
  const spells = firstChild(el, "spells");
  const items = spells ? childElements(spells, "spell") : [el];
  const starts = items
    .map((s) => attr(s, "start") ?? attr(s, "timestamp"))
    .filter((v): v is string => !!v);
  const ends = items
    .map((s) => attr(s, "end") ?? attr(s, "timestamp"))
    .filter((v): v is string => !!v);
  const openStart = items.some(
    (s) => attr(s, "start") === undefined && attr(s, "timestamp") === undefined,
  );
  const openEnd = items.some(
    (s) => attr(s, "end") === undefined && attr(s, "timestamp") === undefined,
  );
  return {
    ...(starts.length > 0 && !openStart ? { start: starts.sort()[0] } : {}),
    ...(ends.length > 0 && !openEnd ? { end: ends.sort()[ends.length - 1] } : {}),
  };
}

export function readNodeOrEdge(
  el: Element,
  declared: Map<string, Declared>,
  log: IssueLog,
): ReadElement {
  const values: Record<string, unknown> = Object.create(null);
  const seen = new Set<string>();
  const block = firstChild(el, "attvalues");
  for (const av of block ? childElements(block, "attvalue") : []) {
    const key = attr(av, "for") ?? attr(av, "id");
    const raw = attr(av, "value");
    if (key === undefined || raw === undefined) continue;
    const d = declared.get(key);
    const title = d?.title ?? key;
    if (seen.has(title)) {
      log.warn(
        "dynamic-values",
        elementPlace(el),
        `attribute '${title}' has several values over time; the last one was kept`,
        "attributes with several values over time kept their last value",
      );
    }
    seen.add(title);
    values[title] = typedValue(d?.type ?? "string", raw);
  }
  for (const d of declared.values()) {
    if (!(d.title in values) && d.default !== undefined)
      values[d.title] = typedValue(d.type, d.default);
  }
  const pos = firstChild(el, "position");
  const x = pos ? Number(attr(pos, "x")) : NaN;
  const y = pos ? Number(attr(pos, "y")) : NaN;
  if (
    childElements(el).some((c) => ["color", "size", "shape", "thickness"].includes(c.localName))
  ) {
    log.warn(
      "viz",
      elementPlace(el),
      "visual attributes (colour, size, shape, thickness) are not imported; Tamyr draws from the vocabulary",
      "elements had visual attributes that were not imported",
    );
  }
  return {
    values,
    ...span(el),
    ...(Number.isFinite(x) && Number.isFinite(y) ? { position: { x, y } } : {}),
  };
}
