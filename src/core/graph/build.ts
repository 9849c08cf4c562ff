/**
 * Dataset → graphology graph. A mixed multigraph: one node per actor (keyed
 * by actor id), one edge per tie (keyed by tie id), directed or undirected
 * as the tie (or its type) says. Node and edge attributes hold the records.
 */
import Graph from "graphology";
import type { Actor, Dataset, ResolvedVocabulary, Tie } from "../../../schema/index.ts";
import { resolveVocabulary } from "../../../schema/index.ts";

export interface ActorAttributes {
  actor: Actor;
}

export interface TieAttributes {
  tie: Tie;
  directed: boolean;
}

export type ActorGraph = Graph<ActorAttributes, TieAttributes>;

/** Whether a tie runs from source to target: its own `directed`, else its type's. */
export function isDirected(tie: Tie, vocabulary: ResolvedVocabulary): boolean {
  if (tie.directed !== undefined) return tie.directed;
  return vocabulary.tieTypes.find((term) => term.id === tie.type)?.directed ?? true;
}

export function buildGraph(
  dataset: Dataset,
  vocabulary = resolveVocabulary(dataset.vocabulary),
): ActorGraph {
  const graph: ActorGraph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  for (const actor of dataset.actors) graph.addNode(actor.id, { actor });
  for (const tie of dataset.ties) {
    const directed = isDirected(tie, vocabulary);
    const attributes: TieAttributes = { tie, directed };
    if (directed) graph.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, attributes);
    else graph.addUndirectedEdgeWithKey(tie.id, tie.source, tie.target, attributes);
  }
  return graph;
}
