import { describe, expect, it } from "vitest";
import { analyseRobustness, competitionRanks } from "../../src/core/analysis/robustness.ts";
import {
  constrainedGraph,
  constraintProblems,
  resolveConstraints,
  tiePredicate,
  DEFAULT_PATH_CONSTRAINTS,
} from "../../src/core/analysis/constraints.ts";
import { makeDataset, makeGraph } from "./analysis-helpers.ts";

describe("robustness under uncertainty", () => {
  // b brokers a–c only through an alleged tie; d is central on established ties
  const graph = makeGraph([
    "d-e",
    "d-f",
    "d-g",
    ["a-b", { certainty: "alleged" }],
    ["b-c", { certainty: "alleged" }],
    ["b-h", { certainty: "alleged" }],
    ["b-i", { certainty: "alleged" }],
    ["b-d", { certainty: "reported" }],
  ]);

  it("ranks actors at each threshold and shows who climbs on weak ties", () => {
    const result = analyseRobustness(graph, { metrics: ["betweenness", "degree"] });
    expect(result.thresholds).toEqual(["established", "reported", "disputed"]);
    expect(result.tieCounts).toEqual([3, 4, 8]);
    const rows = Object.fromEntries((result.metrics.betweenness ?? []).map((r) => [r.actor, r]));
    // established: only d brokers (3 pairs); all ties: b brokers 22 pairs, d 18
    expect(rows.d?.ranks).toEqual([1, 1, 2]);
    expect(rows.b?.ranks).toEqual([2, 2, 1]);
    expect(rows.b?.values[0]).toBe(0);
    expect(rows.b?.values[2]).toBeCloseTo((2 * 22) / (8 * 7), 12);
    expect(rows.b?.shift).toBe(1);
    expect(rows.d?.shift).toBe(-1);
    expect(rows.d?.spread).toBe(1);
    expect(result.metrics.betweenness?.[0]?.actor).toBe("b");
    expect(result.metrics.closeness).toBeUndefined();
    expect(result.runs).toHaveLength(3);
  });

  it("accepts custom thresholds and sorts them strictest first", () => {
    const result = analyseRobustness(graph, {
      thresholds: ["disputed", "established"],
      metrics: ["degree"],
    });
    expect(result.thresholds).toEqual(["established", "disputed"]);
    const b = result.metrics.degree?.find((r) => r.actor === "b");
    expect(b?.values).toEqual([0, 5]);
    expect(() => analyseRobustness(graph, { thresholds: [] })).toThrow(RangeError);
  });

  it("reports progress across thresholds", () => {
    const labels: string[] = [];
    analyseRobustness(graph, { onProgress: (_f, label) => labels.push(label) });
    expect(labels.some((l) => l.startsWith("reported: "))).toBe(true);
    expect(labels.at(-1)).toBe("robustness done");
  });

  it("competition ranking gives equal values the same rank", () => {
    const ranks = competitionRanks(
      new Map([
        ["a", 3],
        ["b", 5],
        ["c", 3],
        ["d", 1],
        ["e", undefined],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ a: 2, b: 1, c: 2, d: 4, e: undefined });
  });
});

describe("constraints", () => {
  it("has explicit defaults", () => {
    expect(DEFAULT_PATH_CONSTRAINTS).toEqual({ directed: false });
    expect(resolveConstraints()).toEqual({ directed: false });
    expect(resolveConstraints({ minCertainty: "reported", tieTypes: ["control"] })).toEqual({
      directed: false,
      minCertainty: "reported",
      tieTypes: ["control"],
    });
  });

  it("filters ties by certainty, type and window; undated ties stay active", () => {
    const dataset = makeDataset([
      ["a-b", { certainty: "claimed" }],
      ["b>c", { type: "support", period: { start: "2021-06", end: "2021-12" } }],
      "c-d",
    ]);
    const [claimed, support, undated] = dataset.ties as [never, never, never];
    expect(tiePredicate({ minCertainty: "alleged" })(claimed)).toBe(false);
    expect(tiePredicate({ minCertainty: "claimed" })(claimed)).toBe(true);
    expect(tiePredicate({ tieTypes: ["support"] })(support)).toBe(true);
    expect(tiePredicate({ tieTypes: ["control"] })(support)).toBe(false);
    expect(tiePredicate({ window: { start: "2021-12-31", end: "2022" } })(support)).toBe(true);
    expect(tiePredicate({ window: { start: "2022", end: "2022" } })(support)).toBe(false);
    expect(tiePredicate({ window: { start: "2020", end: "2021-05" } })(support)).toBe(false);
    expect(tiePredicate({ window: { start: "2020", end: "2021-06-01" } })(support)).toBe(true);
    expect(tiePredicate({ window: { start: "1990", end: "1990" } })(undated)).toBe(true);
  });

  it("builds the constrained graph with every actor", () => {
    const graph = makeGraph(["a-b", ["b-c", { certainty: "alleged" }]]);
    const strict = constrainedGraph(graph, { minCertainty: "reported" });
    expect(strict.order).toBe(3);
    expect(strict.edges()).toEqual(["t1"]);
  });

  it("explains bad values", () => {
    expect(constraintProblems({ window: { start: "2022-02", end: "2022-01" } })).toEqual([
      "window ends (2022-01) before it starts (2022-02)",
    ]);
    expect(constraintProblems({ window: { start: "soon", end: "2022" } })[0]).toMatch(
      /not an ISO date/,
    );
    expect(constraintProblems({ minCertainty: "sure" as never })[0]).toMatch(
      /unknown certainty level 'sure'/,
    );
  });
});
