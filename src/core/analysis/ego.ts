/**
 * Ego networks: the actors within n steps of an actor under the path
 * constraints, and the allowed ties among them (the induced subgraph).
 * With `directed` constraints, steps follow ties forward ("out", who the
 * actor reaches) or backward ("in", who reaches the actor).
 */
import { bfsFromNode } from "graphology-traversal";
import type { ActorGraph } from "../graph/build.ts";
import { resolveConstraints, tiePredicate, type PathConstraints } from "./constraints.ts";
import { buildHopGraph } from "./hop-graph.ts";
import { UnknownActorError } from "./paths.ts";

export interface EgoOptions {
  /** Steps from the centre (default 1; typically 1, 2 or 3). */
  depth?: number;
  constraints?: Partial<PathConstraints>;
  /** With directed constraints: follow ties forward ("out", default) or backward ("in"). */
  direction?: "out" | "in";
}

export interface EgoNetwork {
  center: string;
  depth: number;
  /** Actor ids, the centre first, then by distance and id. */
  actors: string[];
  /** Steps from the centre to each actor. */
  distance: Record<string, number>;
  /** Ids of the allowed ties whose two ends are both in the network. */
  ties: string[];
}

export function egoNetwork(
  graph: ActorGraph,
  center: string,
  options: EgoOptions = {},
): EgoNetwork {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0) {
    throw new RangeError(`ego depth must be a non-negative integer (got ${depth})`);
  }
  if (!graph.hasNode(center)) throw new UnknownActorError([center]);
  const constraints = resolveConstraints(options.constraints);
  const hops = buildHopGraph(graph, constraints);
  const steps = new Map<string, number>();
  const mode = options.direction === "in" ? "inbound" : "outbound";
  bfsFromNode(
    hops,
    center,
    (node, _attributes, n) => {
      steps.set(node, n);
      return n >= depth;
    },
    { mode },
  );
  const actors = [...steps.keys()].sort(
    (a, b) => (steps.get(a) ?? 0) - (steps.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const distance: Record<string, number> = {};
  for (const actor of actors) distance[actor] = steps.get(actor) ?? 0;
  const allowed = tiePredicate(constraints);
  const ties: string[] = [];
  graph.forEachEdge((key, { tie }, source, target) => {
    if (steps.has(source) && steps.has(target) && allowed(tie)) ties.push(key);
  });
  return { center, depth, actors, distance, ties };
}
