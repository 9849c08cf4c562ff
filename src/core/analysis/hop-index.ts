/**
 * A compact, integer-indexed copy of the hop graph (compressed sparse rows)
 * for the many breadth-first searches of Yen's algorithm: node i's hops are
 * `targets[starts[i] … starts[i + 1] − 1]` with their certainty `ranks`.
 */
import type { HopGraph } from "./hop-graph.ts";

export interface HopIndex {
  ids: string[];
  indexOf: Map<string, number>;
  starts: Int32Array;
  targets: Int32Array;
  ranks: Uint8Array;
}

export function indexHops(hops: HopGraph): HopIndex {
  const ids = hops.nodes();
  const indexOf = new Map(ids.map((id, i) => [id, i] as const));
  const starts = new Int32Array(ids.length + 1);
  const targets = new Int32Array(hops.size);
  const ranks = new Uint8Array(hops.size);
  let position = 0;
  ids.forEach((id, i) => {
    starts[i] = position;
    hops.forEachOutEdge(id, (_edge, attributes, _source, target) => {
      targets[position] = indexOf.get(target) as number;
      ranks[position] = attributes.rank;
      position++;
    });
  });
  starts[ids.length] = position;
  return { ids, indexOf, starts, targets, ranks };
}

/** Position of the hop from → to in `targets`, or −1. */
export function hopPosition(index: HopIndex, from: number, to: number): number {
  for (let p = index.starts[from] as number; p < (index.starts[from + 1] as number); p++) {
    if (index.targets[p] === to) return p;
  }
  return -1;
}
