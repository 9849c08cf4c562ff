/**
 * Yen's k shortest simple paths over the hop index, hand-written because no
 * graphology package offers it.
 *
 * Cost of a path: its length in hops and its weakest hop's certainty rank,
 * compared length-first ("length") or rank-first ("strength"). Both orders
 * suit Yen's method because each spur is searched with the root's weakest
 * rank as a floor: for a fixed root, the best spur under that floor gives
 * the best whole path.
 * - "length": one layered breadth-first search that keeps, for every node,
 *   the best bottleneck over its shortest paths.
 * - "strength": breadth-first searches restricted to hops at or above a
 *   certainty level, tried from the root's level downwards.
 *
 * The search space flags which nodes end a path (targets) and which may be
 * passed through, so group queries stop at the first target reached.
 */
import { hopPosition, type HopIndex } from "./hop-index.ts";
import { checkCancelled, type ProgressHooks } from "./progress.ts";

export type PathOrder = "length" | "strength";

export interface SearchSpace {
  index: HopIndex;
  /** 1 where a path may end. The path's own start never counts: it is always visited or blocked. */
  isTarget: Uint8Array;
  /** 1 where a path may pass through. */
  canPass: Uint8Array;
}

export interface RankedPath {
  nodes: string[];
  /** Certainty rank of each hop (0 = established). */
  ranks: number[];
  length: number;
  /** Rank of the weakest hop; 0 for a path without hops. */
  rank: number;
}

/** The weakest certainty rank (disputed). */
const WEAKEST = 4;

export function pathKey(nodes: readonly string[]): string {
  return nodes.join("\u0000");
}

function compareKeys(a: RankedPath, b: RankedPath): number {
  const ka = pathKey(a.nodes);
  const kb = pathKey(b.nodes);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Orders paths by the chosen cost, then by their actor ids for stable output. */
export function comparePaths(order: PathOrder): (a: RankedPath, b: RankedPath) => number {
  return order === "length"
    ? (a, b) => a.length - b.length || a.rank - b.rank || compareKeys(a, b)
    : (a, b) => a.rank - b.rank || a.length - b.length || compareKeys(a, b);
}

/** The ranked path through the given node indices (every hop must exist). */
function rankedPath(index: HopIndex, nodes: number[]): RankedPath {
  const ranks: number[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const position = hopPosition(index, nodes[i] as number, nodes[i + 1] as number);
    if (position < 0) throw new Error("path uses a missing hop");
    ranks.push(index.ranks[position] as number);
  }
  return {
    nodes: nodes.map((n) => index.ids[n] as string),
    ranks,
    length: ranks.length,
    rank: ranks.length ? Math.max(...ranks) : 0,
  };
}

/** The ranked path through the given actor ids. */
export function rankedPathOf(index: HopIndex, ids: string[]): RankedPath {
  return rankedPath(
    index,
    ids.map((id) => index.indexOf.get(id) as number),
  );
}

/** Reusable scratch arrays; "stamps" mark entries of the current search without clearing. */
class Searcher {
  private readonly seen: Int32Array;
  private readonly parent: Int32Array;
  private readonly best: Uint8Array;
  private readonly blockedNode: Int32Array;
  private readonly blockedHop: Int32Array;
  private stamp = 0;
  private blockStamp = 0;

  constructor(private readonly space: SearchSpace) {
    const n = space.index.ids.length;
    this.seen = new Int32Array(n);
    this.parent = new Int32Array(n);
    this.best = new Uint8Array(n);
    this.blockedNode = new Int32Array(n);
    this.blockedHop = new Int32Array(space.index.targets.length);
  }

  /** Starts a new set of blocked nodes and hops. */
  block(nodes: readonly number[], hops: readonly number[]): void {
    this.blockStamp++;
    for (const n of nodes) this.blockedNode[n] = this.blockStamp;
    for (const h of hops) this.blockedHop[h] = this.blockStamp;
  }

  private trace(start: number, end: number): number[] {
    const path = [end];
    for (let node = end; node !== start;) {
      node = this.parent[node] as number;
      path.push(node);
    }
    return path.reverse();
  }

  /**
   * Layered BFS: the shortest path to a target (within maxDepth hops) and,
   * among those, the one whose weakest hop is strongest (floored at `floor`).
   */
  shortestThenStrongest(start: number, floor: number, maxDepth: number): number[] | null {
    const { index, isTarget, canPass } = this.space;
    const stamp = ++this.stamp;
    this.seen[start] = stamp;
    this.best[start] = floor;
    let frontier = [start];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      const next: number[] = [];
      const reached: number[] = [];
      const layerStamp = ++this.stamp;
      for (const from of frontier) {
        for (let p = index.starts[from] as number; p < (index.starts[from + 1] as number); p++) {
          const to = index.targets[p] as number;
          if (this.blockedNode[to] === this.blockStamp || this.blockedHop[p] === this.blockStamp)
            continue;
          const rank = Math.max(this.best[from] as number, index.ranks[p] as number);
          if (this.seen[to] === layerStamp) {
            if (rank < (this.best[to] as number)) {
              this.best[to] = rank;
              this.parent[to] = from;
            }
            continue;
          }
          if ((this.seen[to] as number) >= stamp) continue; // reached in an earlier layer
          this.seen[to] = layerStamp;
          this.best[to] = rank;
          this.parent[to] = from;
          if (isTarget[to]) reached.push(to);
          else if (canPass[to]) next.push(to);
        }
      }
      if (reached.length > 0) {
        let end = reached[0] as number;
        for (const t of reached) if ((this.best[t] as number) < (this.best[end] as number)) end = t;
        return this.trace(start, end);
      }
      frontier = next;
    }
    return null;
  }

  /** Plain BFS to the nearest target using only hops of rank ≤ threshold. */
  shortestWithin(start: number, threshold: number, maxDepth: number): number[] | null {
    const { index, isTarget, canPass } = this.space;
    const stamp = ++this.stamp;
    this.seen[start] = stamp;
    let frontier = [start];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const from of frontier) {
        for (let p = index.starts[from] as number; p < (index.starts[from + 1] as number); p++) {
          const to = index.targets[p] as number;
          if ((index.ranks[p] as number) > threshold || this.seen[to] === stamp) continue;
          if (this.blockedNode[to] === this.blockStamp || this.blockedHop[p] === this.blockStamp)
            continue;
          this.seen[to] = stamp;
          this.parent[to] = from;
          if (isTarget[to]) return this.trace(start, to);
          if (canPass[to]) next.push(to);
        }
      }
      frontier = next;
    }
    return null;
  }

  /** The best spur from `start` given the root's weakest rank (a floor) and the hops left. */
  bestSpur(start: number, floor: number, maxDepth: number, order: PathOrder): number[] | null {
    if (maxDepth <= 0) return null;
    if (order === "length") return this.shortestThenStrongest(start, floor, maxDepth);
    for (let level = floor; level <= WEAKEST; level++) {
      const path = this.shortestWithin(start, level, maxDepth);
      if (path) return path;
    }
    return null;
  }
}

const keyOf = (nodes: readonly number[]) => nodes.join(",");

/**
 * The k best simple paths from `source` to any target, best first.
 * `maxLength` caps the number of hops.
 */
export function kShortestPaths(
  space: SearchSpace,
  source: string,
  k: number,
  order: PathOrder,
  maxLength = Infinity,
  hooks?: ProgressHooks,
): RankedPath[] {
  const start = space.index.indexOf.get(source);
  if (start === undefined || k < 1) return [];
  const searcher = new Searcher(space);
  const compare = comparePaths(order);
  searcher.block([], []);
  const first = searcher.bestSpur(start, 0, maxLength, order);
  if (!first) return [];
  const found: { nodes: number[]; path: RankedPath }[] = [
    { nodes: first, path: rankedPath(space.index, first) },
  ];
  const seen = new Set([keyOf(first)]);
  const candidates: { nodes: number[]; path: RankedPath }[] = [];
  while (found.length < k) {
    checkCancelled(hooks);
    const previous = found[found.length - 1] as (typeof found)[number];
    for (let i = 0; i < previous.path.length; i++) {
      const root = previous.nodes.slice(0, i + 1);
      const rootKey = keyOf(root);
      const blockedHops: number[] = [];
      for (const { nodes } of found) {
        if (nodes.length > i + 1 && keyOf(nodes.slice(0, i + 1)) === rootKey) {
          blockedHops.push(hopPosition(space.index, nodes[i] as number, nodes[i + 1] as number));
        }
      }
      searcher.block(root.slice(0, -1), blockedHops);
      const floor = i === 0 ? 0 : Math.max(...previous.path.ranks.slice(0, i));
      const spur = searcher.bestSpur(root[i] as number, floor, maxLength - i, order);
      if (!spur) continue;
      const nodes = [...root.slice(0, -1), ...spur];
      const key = keyOf(nodes);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, path: rankedPath(space.index, nodes) });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => compare(a.path, b.path));
    found.push(candidates.shift() as (typeof found)[number]);
  }
  return found.map((entry) => entry.path);
}
