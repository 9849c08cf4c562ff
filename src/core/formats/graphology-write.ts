/**
 * Export `graphology`: graphology's serialized graph
 * (`{ attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target, attributes, undirected }] }`),
 * loadable with `Graph.from(json)`. A mixed multigraph like Tamyr's own
 * (src/core/graph/build.ts); attribute names as in cyjs, lists as arrays,
 * x and y when positions are given.
 */
import { resolveVocabulary, type Dataset } from "../../../schema/index.ts";
import { isDirected } from "../graph/build.ts";
import { actorValues, sourcesById, tieValues, valueRecord, positionsFor } from "./export-fields.ts";
import { graphLevelValues } from "./graph-level.ts";
import type { ExportOptions } from "./types.ts";

export function writeGraphology(dataset: Dataset, options: ExportOptions = {}): string {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  const positions = positionsFor(dataset, options);
  const sources = sourcesById(dataset);
  const attributes: Record<string, string> = {};
  for (const { name, value } of graphLevelValues(dataset)) attributes[name] = value;
  const serialized = {
    attributes,
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes: dataset.actors.map((actor) => {
      const position = positions?.[actor.id];
      return {
        key: actor.id,
        attributes: {
          label: actor.name,
          ...valueRecord(actorValues(actor, sources, { arrays: true })),
          ...(position && Number.isFinite(position.x) && Number.isFinite(position.y)
            ? { x: position.x, y: position.y }
            : {}),
        },
      };
    }),
    edges: dataset.ties.map((tie) => ({
      key: tie.id,
      source: tie.source,
      target: tie.target,
      attributes: {
        ...(tie.label !== undefined ? { label: tie.label } : {}),
        ...valueRecord(tieValues(tie, sources)),
      },
      undirected: !isDirected(tie, vocabulary),
    })),
  };
  return JSON.stringify(serialized, null, 2) + "\n";
}
