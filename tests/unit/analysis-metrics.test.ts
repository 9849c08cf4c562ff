import { describe, expect, it } from "vitest";
import { CancelledError } from "../../src/core/analysis/progress.ts";
import { computeMetrics, type MetricsResult } from "../../src/core/analysis/metrics.ts";
import { makeGraph, numberedGraph } from "./analysis-helpers.ts";

const values = (
  result: MetricsResult,
  key: "betweenness" | "closeness" | "pagerank" | "eigenvector",
) =>
  Object.keys(result.actors)
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    .map((id) => result.actors[id]?.[key]);

function expectClose(actual: (number | undefined)[], expected: number[], digits = 9) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, digits));
}

describe("metrics on classic graphs (hand-derived values)", () => {
  it("path graph P5", () => {
    const result = computeMetrics(
      numberedGraph([
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
      ]),
    );
    // pairs through n1: (0,2),(0,3),(0,4) = 3, normalized 2·3/(4·3); n2: 4 pairs → 2·4/12
    expectClose(values(result, "betweenness"), [0, 0.5, 2 / 3, 0.5, 0]);
    // closeness (n−1)/Σd: n0 4/10, n1 4/7, n2 4/6
    expectClose(values(result, "closeness"), [0.4, 4 / 7, 2 / 3, 4 / 7, 0.4]);
  });

  it("star with four leaves", () => {
    const result = computeMetrics(
      numberedGraph([
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
      ]),
    );
    expectClose(values(result, "betweenness"), [1, 0, 0, 0, 0]);
    expectClose(values(result, "closeness"), [1, 4 / 7, 4 / 7, 4 / 7, 4 / 7]);
    // PageRank: c = 0.03 + 4·0.85·l and l = 0.03 + 0.85·c/4 give c = 0.132/0.2775
    const centre = 0.132 / 0.2775;
    const leaf = (1 - centre) / 4;
    expectClose(values(result, "pagerank"), [centre, leaf, leaf, leaf, leaf], 5);
    // eigenvector of K1,4: λ = 2, centre twice each leaf, unit length
    expectClose(
      values(result, "eigenvector"),
      [Math.SQRT1_2, ...Array(4).fill(Math.SQRT1_2 / 2)],
      5,
    );
  });

  it("cycle C6", () => {
    const result = computeMetrics(
      numberedGraph([
        [0, 1],
        [1, 2],
        [2, 3],
        [3, 4],
        [4, 5],
        [5, 0],
      ]),
    );
    // each node: 1 pair at distance 2 + two half-shares of opposite pairs = 2; 2·2/(5·4)
    expectClose(values(result, "betweenness"), Array(6).fill(0.2));
    expectClose(values(result, "closeness"), Array(6).fill(5 / 9));
    expectClose(values(result, "pagerank"), Array(6).fill(1 / 6), 6);
    expectClose(values(result, "eigenvector"), Array(6).fill(1 / Math.sqrt(6)), 5);
  });
});

describe("metrics against NetworkX", () => {
  // Krackhardt kite, numbered as networkx.krackhardt_kite_graph(): 0 Andre, 1 Beverly, 2 Carol,
  // 3 Diane, 4 Ed, 5 Fernando, 6 Garth, 7 Heather, 8 Ike, 9 Jane.
  const kite = numberedGraph([
    [0, 1],
    [0, 2],
    [0, 3],
    [0, 5],
    [1, 3],
    [1, 4],
    [1, 6],
    [2, 3],
    [2, 5],
    [3, 4],
    [3, 5],
    [3, 6],
    [4, 6],
    [5, 6],
    [5, 7],
    [6, 7],
    [7, 8],
    [8, 9],
  ]);

  it("Krackhardt kite: published betweenness and closeness", () => {
    const result = computeMetrics(kite);
    expectClose(
      values(result, "betweenness"),
      [
        0.023148148148148143, 0.023148148148148143, 0, 0.10185185185185183, 0, 0.23148148148148148,
        0.23148148148148148, 0.38888888888888884, 0.2222222222222222, 0,
      ],
    );
    expectClose(
      values(result, "closeness"),
      [
        0.5294117647058824, 0.5294117647058824, 0.5, 0.6, 0.5, 0.6428571428571429,
        0.6428571428571429, 0.6, 0.42857142857142855, 0.3103448275862069,
      ],
    );
  });

  it("Krackhardt kite: PageRank and eigenvector (networkx 3.6.1 defaults)", () => {
    const result = computeMetrics(kite);
    expectClose(
      values(result, "pagerank"),
      [
        0.1019196696364895, 0.10191966963648949, 0.07941791239513805, 0.14714751310196444,
        0.07941791239513805, 0.12890718095072973, 0.12890718095072973, 0.09524765350111203,
        0.0856958031065524, 0.05141950432565652,
      ],
      5,
    );
    expectClose(
      values(result, "eigenvector"),
      [
        0.35220898139203594, 0.35220898139203594, 0.28583473531632414, 0.48102048812210046,
        0.28583473531632414, 0.3976910106255469, 0.3976910106255469, 0.19586185175360382,
        0.048074775014202945, 0.01116405857582424,
      ],
      4,
    );
  });

  it("Zachary's karate club: betweenness of the two leaders and every closeness", () => {
    // prettier-ignore
    const edges: [number, number][] = [[0,1],[0,2],[0,3],[0,4],[0,5],[0,6],[0,7],[0,8],[0,10],[0,11],[0,12],[0,13],[0,17],[0,19],[0,21],[0,31],[1,2],[1,3],[1,7],[1,13],[1,17],[1,19],[1,21],[1,30],[2,3],[2,7],[2,8],[2,9],[2,13],[2,27],[2,28],[2,32],[3,7],[3,12],[3,13],[4,6],[4,10],[5,6],[5,10],[5,16],[6,16],[8,30],[8,32],[8,33],[9,33],[13,33],[14,32],[14,33],[15,32],[15,33],[18,32],[18,33],[19,33],[20,32],[20,33],[22,32],[22,33],[23,25],[23,27],[23,29],[23,32],[23,33],[24,25],[24,27],[24,31],[25,31],[26,29],[26,33],[27,33],[28,31],[28,33],[29,32],[29,33],[30,32],[30,33],[31,32],[31,33],[32,33]];
    const result = computeMetrics(numberedGraph(edges));
    expect(result.actors.n0?.betweenness).toBeCloseTo(0.43763528138528146, 9);
    expect(result.actors.n33?.betweenness).toBeCloseTo(0.30407497594997596, 9);
    expect(result.actors.n32?.betweenness).toBeCloseTo(0.145247114, 9);
    expect(result.actors.n0?.closeness).toBeCloseTo(0.5689655172, 9);
    expect(result.actors.n33?.closeness).toBeCloseTo(0.55, 9);
    expect(result.actors.n16?.closeness).toBeCloseTo(0.2844827586, 9);
    expect(result.actors.n33?.pagerank).toBeCloseTo(0.1009179167, 5);
    expect(result.actors.n0?.pagerank).toBeCloseTo(0.0970018176, 5);
    expect(result.communityCount).toBeGreaterThanOrEqual(2);
  });

  it("directed mode matches networkx.DiGraph (undirected ties become arcs both ways)", () => {
    const graph = makeGraph(["a>b", "b>c", "c>a", "c>d", "d>e", "e-f", "b>g"]);
    const result = computeMetrics(graph, { constraints: { directed: true } });
    const get = (key: "betweenness" | "closeness" | "pagerank") =>
      ["a", "b", "c", "d", "e", "f", "g"].map((id) => result.actors[id]?.[key]);
    expectClose(
      get("betweenness"),
      [0.066666666667, 0.2, 0.233333333333, 0.2, 0.133333333333, 0, 0],
    );
    expectClose(
      get("closeness"),
      [0.222222222222, 0.222222222222, 0.222222222222, 0.25, 0.378787878788, 0.277777777778, 0.25],
    );
    expectClose(
      get("pagerank"),
      [
        0.054650659822, 0.075264318587, 0.060798593138, 0.054650659822, 0.359471982173,
        0.334365193321, 0.060798593138,
      ],
      5,
    );
    // ignoring direction: networkx.betweenness_centrality(G.to_undirected())
    const undirected = computeMetrics(graph);
    expectClose(
      ["a", "b", "c", "d", "e", "f", "g"].map((id) => undirected.actors[id]?.betweenness),
      [0, 1 / 3, 0.6, 0.5333333333333333, 1 / 3, 0, 0],
    );
  });
});

describe("metrics on the multigraph", () => {
  it("collapses parallel ties and counts degree by the documented rule", () => {
    const graph = makeGraph(["a>b", ["a>b", { type: "support" }], "a-b", "c>a", "d-a"]);
    const { actors } = computeMetrics(graph);
    expect(actors.a?.degree).toEqual({ in: 1, out: 1, total: 3, ties: 5 });
    expect(actors.b?.degree).toEqual({ in: 1, out: 0, total: 1, ties: 3 });
    // betweenness sees a simple star around a: 3 pairs through a, normalized 2·3/(3·2)
    expect(actors.a?.betweenness).toBeCloseTo(1, 12);
  });

  it("counts only ties that pass the constraints", () => {
    const graph = makeGraph(["a-b", ["b-c", { certainty: "alleged" }]]);
    const strict = computeMetrics(graph, { constraints: { minCertainty: "reported" } });
    expect(strict.tieCount).toBe(1);
    expect(strict.actors.c?.degree.total).toBe(0);
    expect(computeMetrics(graph).actors.b?.betweenness).toBe(1);
    expect(strict.actors.b?.betweenness).toBe(0);
  });

  it("leaves eigenvector undefined, with a reason, when there are no ties", () => {
    const result = computeMetrics(makeGraph([], ["a", "b"]));
    expect(result.actors.a?.eigenvector).toBeUndefined();
    expect(result.eigenvectorNote).toMatch(/no ties/);
    expect(result.modularity).toBeUndefined();
    expect(result.communityCount).toBe(2);
  });

  it("leaves eigenvector undefined when the power iteration does not converge", () => {
    // a long path converges too slowly (networkx raises PowerIterationFailedConvergence too)
    const path = numberedGraph(Array.from({ length: 59 }, (_, i): [number, number] => [i, i + 1]));
    const result = computeMetrics(path);
    expect(result.actors.n0?.eigenvector).toBeUndefined();
    expect(result.eigenvectorNote).toMatch(/did not converge/);
    expect(result.actors.n30?.betweenness).toBeGreaterThan(0);
  });

  it("scales closeness by the share of actors reached (Wasserman–Faust, as networkx)", () => {
    const result = computeMetrics(makeGraph(["a-b"], ["c"]));
    expect(result.actors.a?.closeness).toBe(0.5);
    expect(result.actors.c?.closeness).toBe(0);
  });

  it("handles an empty dataset", () => {
    expect(computeMetrics(makeGraph([])).actors).toEqual({});
  });

  it("finds two communities in two triangles joined by a bridge, deterministically", () => {
    const graph = makeGraph(["a-b", "b-c", "c-a", "d-e", "e-f", "f-d", "c-d"]);
    const first = computeMetrics(graph, { seed: 7 });
    const again = computeMetrics(graph, { seed: 7 });
    const communities = (r: MetricsResult) =>
      Object.fromEntries(Object.entries(r.actors).map(([id, m]) => [id, m.community]));
    expect(communities(again)).toEqual(communities(first));
    expect(first.communityCount).toBe(2);
    expect(first.actors.a?.community).toBe(first.actors.b?.community);
    expect(first.actors.a?.community).not.toBe(first.actors.f?.community);
    expect(first.modularity).toBeCloseTo(5 / 14, 9);
  });
});

describe("progress and cancellation", () => {
  const graph = numberedGraph([
    [0, 1],
    [1, 2],
    [2, 3],
  ]);

  it("reports increasing fractions ending at 1", () => {
    const fractions: number[] = [];
    computeMetrics(graph, { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(3);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
  });

  it("stops with CancelledError when asked", () => {
    let calls = 0;
    expect(() => computeMetrics(graph, { isCancelled: () => ++calls > 2 })).toThrow(CancelledError);
  });
});
