/**
 * Per-actor network metrics, computed with graphology-metrics and
 * graphology-communities-louvain on a simple projection of the constrained
 * multigraph (parallel ties collapse; see projection.ts).
 *
 * Direction rules:
 * - degree: `in` / `out` count distinct actors joined by directed ties
 *   pointing in / out (undirected ties count in neither); `total` counts
 *   distinct neighbours by any tie; `ties` counts incident ties, parallel
 *   ones included.
 * - betweenness, closeness, PageRank: on the undirected projection, or —
 *   when `constraints.directed` is true — on the directed projection
 *   (undirected ties become arcs both ways).
 * - eigenvector centrality and Louvain communities: always on the undirected
 *   projection (on directed graphs with sources and sinks eigenvector
 *   centrality degenerates, and Louvain here works on undirected modularity).
 *
 * Normalization follows NetworkX so values can be checked against it:
 * - betweenness: graphology's `normalized: true` multiplies the Brandes sums
 *   by 1/((n−1)(n−2)). For undirected graphs those sums count each pair
 *   twice, so this equals NetworkX's 2/((n−1)(n−2)) on the pair count — the
 *   same values as `networkx.betweenness_centrality(G)`; for directed graphs
 *   both use 1/((n−1)(n−2)). (n ≤ 2: unscaled, all zero, as in NetworkX.)
 * - closeness: Wasserman–Faust variant, m/Σd · m/(n−1) with m the other
 *   actors that reach the actor — NetworkX's default `wf_improved=True`.
 *   On directed graphs it uses distances *to* the actor, as NetworkX does.
 * - PageRank: α = 0.85, 100 iterations, tolerance 1e-6, dangling mass spread
 *   uniformly — NetworkX's defaults.
 * - eigenvector: power iteration on A + I, L2-normalized, 100 iterations,
 *   tolerance 1e-6 — as NetworkX's `eigenvector_centrality`; undefined (with
 *   a reason) when there are no ties or the iteration does not converge.
 */
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import closenessCentrality from "graphology-metrics/centrality/closeness.js";
import eigenvectorCentrality from "graphology-metrics/centrality/eigenvector.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { ActorGraph } from "../graph/build.ts";
import { constrainedGraph, resolveConstraints, type PathConstraints } from "./constraints.ts";
import { step, type ProgressHooks } from "./progress.ts";
import { simpleProjection } from "./projection.ts";
import { seededRandom } from "./rng.ts";

export interface DegreeCounts {
  /** Distinct actors with a directed tie to this actor. */
  in: number;
  /** Distinct actors this actor has a directed tie to. */
  out: number;
  /** Distinct neighbours by any tie. */
  total: number;
  /** Incident ties, parallel ties included. */
  ties: number;
}

export interface ActorMetrics {
  degree: DegreeCounts;
  betweenness: number;
  closeness: number;
  pagerank: number;
  /** Undefined when not defined for this graph (see `eigenvectorNote`). */
  eigenvector: number | undefined;
  /** Louvain community, numbered 0… by decreasing size. */
  community: number;
}

export interface MetricsOptions extends ProgressHooks {
  /** Which ties count, and whether direction matters (default: all ties, undirected). */
  constraints?: Partial<PathConstraints>;
  /** Seed of Louvain's random generator (default 1), for reproducible communities. */
  seed?: number;
  /** Louvain resolution (default 1). */
  resolution?: number;
}

export interface MetricsResult {
  constraints: PathConstraints;
  actorCount: number;
  /** Ties that passed the constraints. */
  tieCount: number;
  actors: Record<string, ActorMetrics>;
  /** Why eigenvector centrality is undefined, or a caveat about it. */
  eigenvectorNote?: string;
  communityCount: number;
  /** Modularity of the Louvain partition; undefined without ties. */
  modularity: number | undefined;
}

export const DEFAULT_SEED = 1;

function eigenvectorOf(undirected: ActorGraph): {
  values: Record<string, number> | undefined;
  note?: string;
} {
  if (undirected.size === 0)
    return { values: undefined, note: "no ties: eigenvector centrality is not defined" };
  try {
    const values = eigenvectorCentrality(undirected, { getEdgeWeight: null });
    return { values };
  } catch {
    return {
      values: undefined,
      note: "eigenvector centrality did not converge within 100 iterations",
    };
  }
}

/** Louvain communities renumbered by decreasing size, then by smallest member id. */
function communitiesOf(undirected: ActorGraph, seed: number, resolution: number) {
  const detailed = louvain.detailed(undirected, {
    getEdgeWeight: null,
    rng: seededRandom(seed),
    resolution,
  });
  const members = new Map<number, string[]>();
  for (const [node, community] of Object.entries(detailed.communities)) {
    members.set(community, [...(members.get(community) ?? []), node]);
  }
  const groups = [...members.values()].map((ids) => ids.sort());
  groups.sort((a, b) => b.length - a.length || ((a[0] ?? "") < (b[0] ?? "") ? -1 : 1));
  const community = new Map<string, number>();
  groups.forEach((ids, index) => ids.forEach((id) => community.set(id, index)));
  const modularity =
    undirected.size > 0 && Number.isFinite(detailed.modularity) ? detailed.modularity : undefined;
  return { community, count: groups.length, modularity };
}

/** Computes every metric for every actor under the constraints. */
export function computeMetrics(graph: ActorGraph, options: MetricsOptions = {}): MetricsResult {
  const constraints = resolveConstraints(options.constraints);
  const allowed = constrainedGraph(graph, constraints);
  const result: MetricsResult = {
    constraints,
    actorCount: allowed.order,
    tieCount: allowed.size,
    actors: {},
    communityCount: 0,
    modularity: undefined,
  };
  if (allowed.order === 0) return result;

  step(options, 0, "projecting");
  const undirected = simpleProjection(allowed, false);
  const main = constraints.directed ? simpleProjection(allowed, true) : undirected;
  step(options, 0.05, "betweenness");
  const betweenness = betweennessCentrality(main, { getEdgeWeight: null, normalized: true });
  step(options, 0.6, "closeness");
  const closeness = closenessCentrality(main, { wassermanFaust: true });
  step(options, 0.85, "PageRank");
  const ranks = pagerank(main, {
    getEdgeWeight: null,
    alpha: 0.85,
    maxIterations: 100,
    tolerance: 1e-6,
  });
  step(options, 0.88, "eigenvector");
  const eigen = eigenvectorOf(undirected);
  step(options, 0.9, "communities");
  const communities = communitiesOf(
    undirected,
    options.seed ?? DEFAULT_SEED,
    options.resolution ?? 1,
  );

  allowed.forEachNode((node) => {
    result.actors[node] = {
      degree: {
        in: allowed.inNeighbors(node).length,
        out: allowed.outNeighbors(node).length,
        total: allowed.neighbors(node).length,
        ties: allowed.degree(node),
      },
      betweenness: betweenness[node] ?? 0,
      closeness: closeness[node] ?? 0,
      pagerank: ranks[node] ?? 0,
      eigenvector: eigen.values?.[node],
      community: communities.community.get(node) ?? 0,
    };
  });
  if (eigen.note) result.eigenvectorNote = eigen.note;
  result.communityCount = communities.count;
  result.modularity = communities.modularity;
  step(options, 1, "metrics done");
  return result;
}
