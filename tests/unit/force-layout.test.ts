/** ForceAtlas2 over actors and ties (core/view/force-layout.ts): the ties shape the picture. */
import { describe, expect, it } from "vitest";
import { forceLayout } from "../../src/core/view/force-layout.ts";
import { tiePairs } from "../../src/core/view/tie-pairs.ts";
import { targetExtent } from "../../src/core/view/layout-scale.ts";

const gap = (p: { x: number; y: number }, q: { x: number; y: number }) =>
  Math.hypot(p.x - q.x, p.y - q.y);

describe("tiePairs", () => {
  it("gives each tie's ends as positions in the list, leaving out ties to unlisted actors", () => {
    const pairs = tiePairs(
      ["a", "b", "c"],
      [
        { source: "c", target: "a" },
        { source: "a", target: "zz" },
        { source: "b", target: "b" },
      ],
    );
    expect([...pairs]).toEqual([2, 0, 1, 1]);
  });
});

describe("forceLayout", () => {
  // two groups of 15, everyone tied within a group, one tie between the groups
  const left = Array.from({ length: 15 }, (_, i) => `l${i}`);
  const right = Array.from({ length: 15 }, (_, i) => `r${i}`);
  const nodes = [...right, ...left].sort();
  const ties: { source: string; target: string }[] = [];
  for (const group of [left, right])
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        ties.push({ source: group[i]!, target: group[j]! });
  ties.push({ source: "l0", target: "r0" });

  it("puts actors tied to each other together, and the groups apart", () => {
    const positions = forceLayout(nodes, tiePairs(nodes, ties), 120);
    const pairsWithin = (group: string[]) =>
      group.flatMap((a, i) => group.slice(i + 1).map((b) => gap(positions[a]!, positions[b]!)));
    const within = [...pairsWithin(left), ...pairsWithin(right)];
    const across = left.flatMap((a) => right.map((b) => gap(positions[a]!, positions[b]!)));
    expect(Math.max(...within)).toBeLessThan(Math.min(...across));
  });

  it("places every actor, within the extent for its size, the same way every time, and reports progress", () => {
    const progress: number[] = [];
    const positions = forceLayout(nodes, tiePairs(nodes, ties), 30, (f) => progress.push(f));
    expect(Object.keys(positions).sort()).toEqual(nodes);
    const xs = Object.values(positions).map((p) => p.x);
    const ys = Object.values(positions).map((p) => p.y);
    const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(side).toBeCloseTo(targetExtent(nodes.length), 0);
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
    expect(forceLayout(nodes, tiePairs(nodes, ties), 30)).toEqual(positions);
  });
});
