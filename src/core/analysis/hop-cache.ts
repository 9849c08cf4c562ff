/**
 * The hop graph and its index for one network that does not change, kept for
 * the constraints last asked for: a second query with the same constraints
 * (another pair of actors, another k) skips rebuilding them, which is most
 * of a query's time on large networks. The analysis worker keeps one per
 * network it is given.
 */
import type { ActorGraph } from "../graph/build.ts";
import type { PathConstraints } from "./constraints.ts";
import { buildHopGraph, type HopGraph } from "./hop-graph.ts";
import { indexHops, type HopIndex } from "./hop-index.ts";

export interface IndexedHops {
  hops: HopGraph;
  index: HopIndex;
}

export class HopCache {
  private key: string | null = null;
  private cached: IndexedHops | null = null;

  /** `graph` must not change while the cache is used with it. */
  constructor(readonly graph: ActorGraph) {}

  get(constraints: PathConstraints): IndexedHops {
    const key = JSON.stringify(constraints);
    if (this.key !== key || !this.cached) {
      const hops = buildHopGraph(this.graph, constraints);
      this.cached = { hops, index: indexHops(hops) };
      this.key = key;
    }
    return this.cached;
  }
}

/** The hop graph and index for a query: from the cache when it is for this graph. */
export function indexedHops(
  graph: ActorGraph,
  constraints: PathConstraints,
  cache?: HopCache,
): IndexedHops {
  if (cache?.graph === graph) return cache.get(constraints);
  const hops = buildHopGraph(graph, constraints);
  return { hops, index: indexHops(hops) };
}
