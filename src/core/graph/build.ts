/**
 * Dataset → graphology graph. A mixed multigraph: one node per actor (keyed
 * by actor id), one edge per tie (keyed by tie id), directed or undirected
 * as the tie (or its type) says. Node and edge attributes hold the records.
 */
import { Graph } from "./graph-class.ts";
import type { Actor, Dataset, ResolvedVocabulary, Tie } from "../../../schema/index.ts";
import { resolveVocabulary } from "../../../schema/index.ts";
import { workInPieces, type PieceOptions } from "../pieces/work-in-pieces.ts";

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

const emptyGraph = (): ActorGraph =>
  new Graph({ type: "mixed", multi: true, allowSelfLoops: false });

function addTie(graph: ActorGraph, tie: Tie, vocabulary: ResolvedVocabulary): void {
  const directed = isDirected(tie, vocabulary);
  const attributes: TieAttributes = { tie, directed };
  if (directed) graph.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, attributes);
  else graph.addUndirectedEdgeWithKey(tie.id, tie.source, tie.target, attributes);
}

export function buildGraph(
  dataset: Dataset,
  vocabulary = resolveVocabulary(dataset.vocabulary),
): ActorGraph {
  const graph = emptyGraph();
  for (const actor of dataset.actors) graph.addNode(actor.id, { actor });
  for (const tie of dataset.ties) addTie(graph, tie, vocabulary);
  return graph;
}

/**
 * The same graph as buildGraph, built a piece per task (work-in-pieces.ts),
 * so the page stays responsive while a large network is built: actors
 * first, then ties.
 */
export async function buildGraphInPieces(
  dataset: Dataset,
  vocabulary: ResolvedVocabulary,
  options: PieceOptions = {},
): Promise<ActorGraph> {
  const graph = emptyGraph();
  const { actors, ties } = dataset;
  const count = actors.length;
  await workInPieces(
    count + ties.length,
    (from, to) => {
      for (let i = from; i < to; i++) {
        if (i < count) graph.addNode(actors[i]!.id, { actor: actors[i]! });
        else addTie(graph, ties[i - count]!, vocabulary);
      }
    },
    undefined,
    { firstStep: 500, ...options },
  );
  return graph;
}
