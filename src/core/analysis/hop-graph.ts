/**
 * The hop graph: a simple directed graph with an arc u→v wherever some
 * allowed tie can be traversed from u to v under the constraints. Parallel
 * ties collapse onto one arc that keeps all of them, and the arc's rank is
 * that of its strongest tie (0 = established … 4 = disputed).
 *
 * Direction rule: an undirected tie gives arcs both ways; a directed tie
 * gives source→target, and — only when `directed` is false — also
 * target→source, marked `reversed` (traversed against its direction).
 */
import { Graph } from "../graph/graph-class.ts";
import { certaintyRank, type Tie } from "../../../schema/index.ts";
import type { ActorGraph } from "../graph/build.ts";
import { constrainedGraph, type PathConstraints } from "./constraints.ts";

export interface HopTie {
  tie: Tie;
  /** Whether the tie itself is directed. */
  directed: boolean;
  /** True when the hop runs from the tie's target to its source. */
  reversed: boolean;
}

export interface HopAttributes {
  ties: HopTie[];
  /** Certainty rank of the strongest tie on the hop (0 = established). */
  rank: number;
}

export type HopGraph = Graph<Record<string, never>, HopAttributes>;

function addHop(hops: HopGraph, from: string, to: string, hopTie: HopTie): void {
  const rank = certaintyRank(hopTie.tie.certainty);
  const existing = hops.directedEdge(from, to);
  if (existing === undefined) {
    hops.addDirectedEdge(from, to, { ties: [hopTie], rank });
    return;
  }
  const attributes = hops.getEdgeAttributes(existing);
  attributes.ties.push(hopTie);
  attributes.rank = Math.min(attributes.rank, rank);
}

/** Strongest tie first, then by tie id, so output is stable. */
function sortTies(ties: HopTie[]): void {
  ties.sort(
    (a, b) =>
      certaintyRank(a.tie.certainty) - certaintyRank(b.tie.certainty) ||
      (a.tie.id < b.tie.id ? -1 : a.tie.id > b.tie.id ? 1 : 0),
  );
}

/** Builds the hop graph of the ties that pass the constraints. */
export function buildHopGraph(graph: ActorGraph, constraints: PathConstraints): HopGraph {
  const allowed = constrainedGraph(graph, constraints);
  const hops: HopGraph = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  allowed.forEachNode((node) => hops.addNode(node));
  allowed.forEachEdge((_key, { tie, directed }, source, target) => {
    addHop(hops, source, target, { tie, directed, reversed: false });
    if (!directed || !constraints.directed) {
      addHop(hops, target, source, { tie, directed, reversed: directed });
    }
  });
  hops.forEachEdge((_edge, attributes) => sortTies(attributes.ties));
  return hops;
}
