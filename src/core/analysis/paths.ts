/**
 * Paths between actors: from a source set to a target set (one actor, or a
 * group such as every patron → every provocateur), the k best simple paths
 * (Yen's algorithm) or every simple path up to a maximum length.
 *
 * - A hop may be carried by several parallel ties; all are kept on the hop
 *   with their evidence, and the strongest gives the hop's certainty.
 * - A path's strength is its weakest hop.
 * - Ranking: length, then strength (default), or strength, then length.
 * - Group queries return minimal connecting paths: a path starts at a source,
 *   ends at a target and passes through no other source or target (so a
 *   patron reached via another patron shows as that patron's own path).
 *   An actor in both sets is never joined to itself (no zero-length paths).
 *   When direction is ignored, a path and its reverse count once.
 */
import { allSimplePaths } from "graphology-simple-path";
import type { ActorGraph } from "../graph/build.ts";
import { resolveConstraints, type PathConstraints } from "./constraints.ts";
import { indexedHops, type HopCache } from "./hop-cache.ts";
import type { HopGraph } from "./hop-graph.ts";
import { toPathResult, type PathResult } from "./path-result.ts";

export type { PathHop, PathResult, PathTie } from "./path-result.ts";
import { step, subProgress, type ProgressHooks } from "./progress.ts";
import {
  comparePaths,
  kShortestPaths,
  pathKey,
  rankedPathOf,
  type PathOrder,
  type RankedPath,
  type SearchSpace,
} from "./yen.ts";

export type { PathOrder } from "./yen.ts";

/** One or several actor ids on each side. */
export interface PathQuery {
  from: string | readonly string[];
  to: string | readonly string[];
}

export interface PathOptions extends ProgressHooks {
  constraints?: Partial<PathConstraints>;
  /** How many paths to return (default 5). Ignored when `all` is set. */
  k?: number;
  /** Only paths of at most this many hops. */
  maxLength?: number;
  /** Return every simple path up to `maxLength` (required) instead of the k best. */
  all?: boolean;
  /** "length" (default): shortest first, then strongest; "strength": strongest first, then shortest. */
  rankBy?: PathOrder;
  /** Hop graphs kept between queries on the same, unchanging graph (see hop-cache.ts). */
  hopCache?: HopCache;
}

export const DEFAULT_K = 5;

/** Thrown when a query names actors that are not in the graph. */
export class UnknownActorError extends Error {
  constructor(readonly ids: string[]) {
    super(`unknown actor id${ids.length > 1 ? "s" : ""}: ${ids.join(", ")}`);
    this.name = "UnknownActorError";
  }
}

export function asIdList(ids: string | readonly string[]): string[] {
  return [...new Set(typeof ids === "string" ? [ids] : ids)];
}

/** The ids in the query that are not actors of the graph. */
export function unknownActors(graph: ActorGraph, query: PathQuery): string[] {
  return [...asIdList(query.from), ...asIdList(query.to)].filter((id) => !graph.hasNode(id));
}

function validateOptions(options: PathOptions): void {
  const { k, maxLength } = options;
  if (k !== undefined && (!Number.isInteger(k) || k < 1)) {
    throw new RangeError(`k must be a positive integer (got ${k})`);
  }
  if (maxLength !== undefined && (!Number.isInteger(maxLength) || maxLength < 1)) {
    throw new RangeError(`maxLength must be a positive integer (got ${maxLength})`);
  }
  if (options.all && maxLength === undefined) {
    throw new RangeError("listing all simple paths needs a maxLength");
  }
}

/** Every simple path from one source to the targets, up to maxLength hops, via graphology-simple-path. */
function allPathsFrom(
  hops: HopGraph,
  space: SearchSpace,
  source: string,
  targets: string[],
  maxLength: number,
): RankedPath[] {
  const { index, canPass } = space;
  const passable = (id: string) => canPass[index.indexOf.get(id) as number] === 1;
  const paths: RankedPath[] = [];
  for (const target of targets) {
    if (target === source) continue;
    for (const nodes of allSimplePaths(hops, source, target, { maxDepth: maxLength })) {
      if (nodes.slice(1, -1).every(passable)) paths.push(rankedPathOf(index, nodes));
    }
  }
  return paths;
}

/**
 * Finds paths from `query.from` to `query.to` under the constraints.
 * Throws `UnknownActorError` for ids not in the graph and RangeError for bad options.
 */
export function findPaths(
  graph: ActorGraph,
  query: PathQuery,
  options: PathOptions = {},
): PathResult[] {
  validateOptions(options);
  const unknown = unknownActors(graph, query);
  if (unknown.length > 0) throw new UnknownActorError(unknown);
  const constraints = resolveConstraints(options.constraints);
  const order = options.rankBy ?? "length";
  const k = options.k ?? DEFAULT_K;
  const maxLength = options.maxLength ?? Infinity;
  const sources = asIdList(query.from);
  const targets = asIdList(query.to);
  const sourceSet = new Set(sources);
  const targetSet = new Set(targets);
  const { hops, index } = indexedHops(graph, constraints, options.hopCache);
  const flags = (ids: Set<string>) => {
    const array = new Uint8Array(index.ids.length);
    for (const id of ids) array[index.indexOf.get(id) as number] = 1;
    return array;
  };
  const isTarget = flags(new Set(targets));
  const canPass = flags(
    new Set(index.ids.filter((id) => !sourceSet.has(id) && !targetSet.has(id))),
  );
  const space: SearchSpace = { index, isTarget, canPass };

  const collected: RankedPath[] = [];
  sources.forEach((source, i) => {
    step(options, i / sources.length, `paths from ${source}`);
    const hooks = subProgress(options, i / sources.length, (i + 1) / sources.length);
    collected.push(
      ...(options.all
        ? allPathsFrom(hops, space, source, targets, maxLength)
        : kShortestPaths(space, source, k, order, maxLength, hooks)),
    );
  });

  collected.sort(comparePaths(order));
  const seen = new Set<string>();
  const unique = collected.filter((path) => {
    const key = pathKey(path.nodes);
    const reverse = pathKey([...path.nodes].reverse());
    const canonical = constraints.directed || key < reverse ? key : reverse;
    if (seen.has(canonical)) return false;
    seen.add(canonical);
    return true;
  });
  step(options, 1, "paths found");
  const chosen = options.all ? unique : unique.slice(0, k);
  return chosen.map((path) => toPathResult(hops, path));
}
