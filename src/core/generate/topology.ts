/**
 * The shape of a synthetic network: actors fall into communities of
 * heavy-tailed sizes, and each new actor ties to earlier ones by
 * preferential attachment (Barabási–Albert), mostly inside its own
 * community. The result has hubs, a long degree tail and clustered domains.
 */
import { cumulative, pickIndex, type Rng } from "./random.ts";

export interface Pair {
  /** The newer actor, which made the tie. */
  newer: number;
  /** The earlier actor it attached to. */
  older: number;
  /** Both actors are in the same community. */
  inside: boolean;
}

export interface Topology {
  communityCount: number;
  /** Community of each actor. */
  community: Int32Array;
  pairs: Pair[];
}

/** Share of ties made inside the actor's own community. */
export const INSIDE_SHARE = 0.85;

export function communityCountFor(actors: number): number {
  return Math.max(2, Math.round(actors / 200));
}

/** Pick from a pool other than `self` and not in `taken`; undefined after a few failed tries. */
function attach(rng: Rng, pool: number[], self: number, taken: Set<number>): number | undefined {
  if (pool.length <= 1) return undefined;
  for (let attempt = 0; attempt < 6; attempt++) {
    const candidate = pool[rng.int(pool.length)] as number;
    if (candidate !== self && !taken.has(candidate)) return candidate;
  }
  return undefined;
}

export function buildTopology(rng: Rng, actors: number, tiesPerActor: number): Topology {
  const communityCount = communityCountFor(actors);
  const sizes = cumulative(Array.from({ length: communityCount }, (_, c) => 1 / (c + 1) ** 0.7));
  const community = new Int32Array(actors);
  for (let i = 0; i < actors; i++) community[i] = pickIndex(rng, sizes);

  // each actor appears in a pool once, plus once per tie end: picking uniformly
  // from a pool is picking proportionally to degree + 1
  const pools: number[][] = Array.from({ length: communityCount }, () => []);
  const everyone: number[] = [];
  const pairs: Pair[] = [];
  for (let i = 0; i < actors; i++) {
    const c = community[i] as number;
    const own = pools[c] as number[];
    own.push(i);
    everyone.push(i);
    const taken = new Set<number>();
    for (let k = 0; k < tiesPerActor; k++) {
      const inside = rng.chance(INSIDE_SHARE);
      const other =
        (inside ? attach(rng, own, i, taken) : undefined) ?? attach(rng, everyone, i, taken);
      if (other === undefined) continue;
      taken.add(other);
      const sameCommunity = community[other] === c;
      pairs.push({ newer: i, older: other, inside: sameCommunity });
      own.push(i);
      (pools[community[other] as number] as number[]).push(other);
      everyone.push(i, other);
    }
  }
  return { communityCount, community, pairs };
}
