/**
 * Export `cyjs`: Cytoscape.js / Cytoscape desktop JSON,
 * `{ data, elements: { nodes: [{ data, position? }], edges: [{ data }] } }`.
 *
 * - top-level data: name (= title), tamyr_meta, tamyr_vocabulary, tamyr_events;
 * - node data: id, name, the fields of export-fields.ts with lists as arrays
 *   (Cytoscape list columns); position when positions are given;
 * - edge data: id, source, target, interaction (= tie type, Cytoscape's own
 *   name for it), directed, label and the other tie fields.
 */
import { resolveVocabulary, type Dataset } from "../../../schema/index.ts";
import { isDirected } from "../graph/build.ts";
import { actorValues, sourcesById, tieValues, valueRecord, positionsFor } from "./export-fields.ts";
import { graphLevelValues } from "./graph-level.ts";
import type { ExportOptions } from "./types.ts";

export function cyjsElements(dataset: Dataset, options: ExportOptions = {}) {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  const positions = positionsFor(dataset, options);
  const sources = sourcesById(dataset);
  const nodes = dataset.actors.map((actor) => {
    const position = positions?.[actor.id];
    return {
      data: {
        id: actor.id,
        name: actor.name,
        ...valueRecord(actorValues(actor, sources, { arrays: true })),
      },
      ...(position && Number.isFinite(position.x) && Number.isFinite(position.y)
        ? { position: { x: position.x, y: position.y } }
        : {}),
    };
  });
  const edges = dataset.ties.map((tie) => {
    const { tie_type, ...rest } = valueRecord(tieValues(tie, sources));
    return {
      data: {
        id: tie.id,
        source: tie.source,
        target: tie.target,
        interaction: tie_type,
        directed: isDirected(tie, vocabulary),
        ...(tie.label !== undefined ? { label: tie.label } : {}),
        ...rest,
      },
    };
  });
  return { nodes, edges };
}

export function writeCyjs(dataset: Dataset, options: ExportOptions = {}): string {
  const data: Record<string, string> = {};
  for (const { name, value } of graphLevelValues(dataset))
    data[name === "title" ? "name" : name] = value;
  const document = {
    format_version: "1.0",
    generated_by: "Tamyr",
    target_cytoscapejs_version: "~3.0",
    data,
    elements: cyjsElements(dataset, options),
  };
  return JSON.stringify(document, null, 2) + "\n";
}
