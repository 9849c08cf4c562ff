import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CERTAINTY_LEVELS,
  certaintyRank,
  meetsCertainty,
  type Certainty,
} from "../../schema/index.ts";
import { findPaths, type PathOptions, type PathResult } from "../../src/core/analysis/paths.ts";
import { makeDataset } from "./analysis-helpers.ts";
import { buildGraph } from "../../src/core/graph/build.ts";
import { HopCache } from "../../src/core/analysis/hop-cache.ts";
import { resolveConstraints } from "../../src/core/analysis/constraints.ts";

const TYPES = ["control", "support"] as const;

/** Mostly undefined, so constraints do not thin every graph out. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 });

const scenario = fc.integer({ min: 2, max: 7 }).chain((n) => {
  const node = fc.integer({ min: 0, max: n - 1 });
  const tie = fc
    .record({
      s: node,
      t: node,
      directed: fc.boolean(),
      certainty: fc.constantFrom(...CERTAINTY_LEVELS),
      type: fc.constantFrom(...TYPES),
    })
    .filter((x) => x.s !== x.t);
  const subset = fc.uniqueArray(node, { minLength: 1, maxLength: 3 });
  return fc.record({
    n: fc.constant(n),
    ties: fc.array(tie, { minLength: 3, maxLength: 20, size: "max" }),
    from: subset,
    to: subset,
    directed: fc.boolean(),
    minCertainty: sometimes(fc.constantFrom(...CERTAINTY_LEVELS)),
    tieTypes: sometimes(fc.constant<string[]>(["control"])),
    k: fc.integer({ min: 1, max: 4 }),
    rankBy: fc.constantFrom("length" as const, "strength" as const),
  });
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function setUp(s: Scenario) {
  const dataset = makeDataset(
    s.ties.map((t) => [
      `n${t.s}>n${t.t}`,
      { directed: t.directed, certainty: t.certainty, type: t.type },
    ]),
    Array.from({ length: s.n }, (_, i) => `n${i}`),
  );
  const query = { from: s.from.map((i) => `n${i}`), to: s.to.map((i) => `n${i}`) };
  const options: PathOptions = {
    k: s.k,
    rankBy: s.rankBy,
    constraints: { directed: s.directed, minCertainty: s.minCertainty, tieTypes: s.tieTypes },
  };
  return { dataset, graph: buildGraph(dataset), query, options };
}

const cost = (p: PathResult, rankBy: "length" | "strength") =>
  rankBy === "length"
    ? [p.length, certaintyRank(p.strength)]
    : [certaintyRank(p.strength), p.length];

describe("path properties (fast-check)", () => {
  it("every path is simple, joins the sets and respects the constraints", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { dataset, graph, query, options } = setUp(s);
        const paths = findPaths(graph, query, options);
        expect(paths.length).toBeLessThanOrEqual(s.k);
        const inner = new Set([...query.from, ...query.to]);
        for (const path of paths) {
          expect(new Set(path.actors).size).toBe(path.actors.length);
          expect(path.length).toBeGreaterThan(0);
          expect(query.from).toContain(path.actors[0]);
          expect(query.to).toContain(path.actors.at(-1));
          path.actors.slice(1, -1).forEach((a) => expect(inner.has(a)).toBe(false));
          let weakest = 0;
          path.hops.forEach((hop, i) => {
            expect([hop.from, hop.to]).toEqual([path.actors[i], path.actors[i + 1]]);
            // the hop lists exactly the allowed ties traversable from → to
            const expected = dataset.ties.filter((t) => {
              const directed = t.directed ?? true;
              const forward = t.source === hop.from && t.target === hop.to;
              const backward = t.source === hop.to && t.target === hop.from;
              return (
                (forward || (backward && (!directed || !s.directed))) &&
                (s.minCertainty === undefined || meetsCertainty(t.certainty, s.minCertainty)) &&
                (s.tieTypes === undefined || s.tieTypes.includes(t.type))
              );
            });
            expect(hop.ties.map((t) => t.id).sort()).toEqual(expected.map((t) => t.id).sort());
            const best = Math.min(...hop.ties.map((t) => certaintyRank(t.certainty)));
            expect(certaintyRank(hop.certainty)).toBe(best);
            for (const t of hop.ties) if (s.directed && t.directed) expect(t.reversed).toBe(false);
            weakest = Math.max(weakest, best);
          });
          expect(path.strength).toBe(CERTAINTY_LEVELS[weakest] as Certainty);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the k best equal the best k of all simple paths, in non-decreasing order", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { graph, query, options } = setUp(s);
        const best = findPaths(graph, query, options);
        const all = findPaths(graph, query, { ...options, all: true, maxLength: s.n });
        const costs = best.map((p) => cost(p, s.rankBy));
        expect(costs).toEqual(all.slice(0, s.k).map((p) => cost(p, s.rankBy)));
        for (let i = 1; i < costs.length; i++) {
          const [a0 = 0, a1 = 0] = costs[i - 1] ?? [];
          const [b0 = 0, b1 = 0] = costs[i] ?? [];
          expect(a0 < b0 || (a0 === b0 && a1 <= b1)).toBe(true);
        }
        expect(new Set(best.map((p) => p.actors.join(" "))).size).toBe(best.length);
      }),
      { numRuns: 300 },
    );
  });

  it("a hop cache shared by a series of queries changes no answer, and is rebuilt when the constraints change", () => {
    fc.assert(
      fc.property(fc.array(scenario, { minLength: 2, maxLength: 4 }), (series) => {
        // every query of the series on the first scenario's network, with its own constraints
        const { graph } = setUp(series[0]!);
        const cache = new HopCache(graph);
        for (const s of series) {
          const { query, options } = setUp({ ...s, n: series[0]!.n });
          const known = (ids: string[]) => ids.filter((id) => graph.hasNode(id));
          const q = { from: known(query.from), to: known(query.to) };
          if (q.from.length === 0 || q.to.length === 0) continue;
          expect(findPaths(graph, q, { ...options, hopCache: cache })).toEqual(
            findPaths(graph, q, options),
          );
        }
      }),
      { numRuns: 150 },
    );
    const { graph } = setUp({
      n: 3,
      ties: [{ s: 0, t: 1, directed: true, certainty: "reported", type: "control" }],
      from: [0],
      to: [1],
      directed: false,
      minCertainty: undefined,
      tieTypes: undefined,
      k: 1,
      rankBy: "length",
    });
    const cache = new HopCache(graph);
    const loose = resolveConstraints({});
    const first = cache.get(loose);
    expect(cache.get(resolveConstraints({}))).toBe(first);
    expect(cache.get(resolveConstraints({ directed: true }))).not.toBe(first);
  });
});
