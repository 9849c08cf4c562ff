/**
 * Dataset-level information in formats that have a graph-level place for it
 * (GraphML graph data, cyjs top-level data, graphology graph attributes):
 * the title, and Tamyr's meta, own vocabulary, sources (all of them, cited
 * or not), events and narratives as JSON text. GEXF has no such place.
 */
import { Event, Meta, Narrative, Source, Vocabulary, type Dataset } from "../../../schema/index.ts";
import { canonicalOf } from "./canonical.ts";
import { inlineEvidence } from "./evidence.ts";
import { sourcesById } from "./export-fields.ts";

export interface GraphLevelValue {
  name:
    | "title"
    | "tamyr_meta"
    | "tamyr_vocabulary"
    | "tamyr_sources"
    | "tamyr_events"
    | "tamyr_narratives";
  value: string;
}

export function graphLevelValues(dataset: Dataset): GraphLevelValue[] {
  const sources = sourcesById(dataset);
  const out: GraphLevelValue[] = [
    { name: "title", value: dataset.meta.title },
    { name: "tamyr_meta", value: JSON.stringify(canonicalOf(dataset.meta, Meta)) },
  ];
  if (dataset.vocabulary) {
    out.push({
      name: "tamyr_vocabulary",
      value: JSON.stringify(canonicalOf(dataset.vocabulary, Vocabulary)),
    });
  }
  if (dataset.sources && dataset.sources.length > 0) {
    out.push({
      name: "tamyr_sources",
      value: JSON.stringify(dataset.sources.map((s) => canonicalOf(s, Source))),
    });
  }
  if (dataset.events && dataset.events.length > 0) {
    const events = dataset.events.map((event) => {
      const canonical = canonicalOf(event, Event);
      return event.evidence
        ? { ...canonical, evidence: inlineEvidence(event.evidence, sources) }
        : canonical;
    });
    out.push({ name: "tamyr_events", value: JSON.stringify(events) });
  }
  if (dataset.narratives && dataset.narratives.length > 0) {
    out.push({
      name: "tamyr_narratives",
      value: JSON.stringify(dataset.narratives.map((n) => canonicalOf(n, Narrative))),
    });
  }
  return out;
}

/** Reads graph-level values by name into RawGraph.graph. */
export function readGraphLevel(values: Record<string, unknown>): {
  title?: string;
  meta?: unknown;
  vocabulary?: unknown;
  sources?: unknown;
  events?: unknown;
  narratives?: unknown;
} {
  const title = [values.title, values.name, values.label].find(
    (v) => typeof v === "string" && v.trim() !== "",
  );
  return {
    ...(typeof title === "string" ? { title } : {}),
    meta: values.tamyr_meta,
    vocabulary: values.tamyr_vocabulary,
    sources: values.tamyr_sources,
    events: values.tamyr_events,
    narratives: values.tamyr_narratives,
  };
}
