import { describe, expect, it } from "vitest";
import { findPaths, UnknownActorError, type PathResult } from "../../src/core/analysis/paths.ts";
import { actorsWithRole } from "../../src/core/analysis/actor-sets.ts";
import { CancelledError } from "../../src/core/analysis/progress.ts";
import { makeGraph } from "./analysis-helpers.ts";

const chains = (paths: PathResult[]) => paths.map((p) => p.actors.join(" "));

describe("k shortest paths", () => {
  // two routes a→d of length 2 and one of length 3
  const graph = makeGraph(["a>b", "b>d", "a>c", "c>d", "a>e", "e>f", "f>d"]);

  it("returns the shortest paths first, with hops and strength", () => {
    const paths = findPaths(graph, { from: "a", to: "d" });
    expect(chains(paths)).toEqual(["a b d", "a c d", "a e f d"]);
    expect(paths[0]).toMatchObject({ length: 2, strength: "established" });
    expect(paths[0]?.hops[0]).toMatchObject({ from: "a", to: "b", certainty: "established" });
    expect(paths[0]?.hops[0]?.ties).toEqual([
      {
        id: "t1",
        type: "control",
        certainty: "established",
        directed: true,
        reversed: false,
        evidence: [],
      },
    ]);
  });

  it("returns every path when k exceeds their number, and k of them otherwise", () => {
    expect(findPaths(graph, { from: "a", to: "d" }, { k: 50 })).toHaveLength(3);
    expect(chains(findPaths(graph, { from: "a", to: "d" }, { k: 1 }))).toEqual(["a b d"]);
  });

  it("caps the length with maxLength", () => {
    expect(chains(findPaths(graph, { from: "a", to: "d" }, { maxLength: 2 }))).toEqual([
      "a b d",
      "a c d",
    ]);
  });

  it("lists all simple paths up to a maximum length", () => {
    const loop = makeGraph(["a-b", "b-c", "a-c", "c-d"]);
    const paths = findPaths(loop, { from: "a", to: "d" }, { all: true, maxLength: 3 });
    expect(chains(paths)).toEqual(["a c d", "a b c d"]);
    expect(() => findPaths(loop, { from: "a", to: "d" }, { all: true })).toThrow(/maxLength/);
  });

  it("rejects bad options and unknown ids", () => {
    expect(() => findPaths(graph, { from: "a", to: "d" }, { k: 0 })).toThrow(RangeError);
    expect(() => findPaths(graph, { from: "a", to: "d" }, { maxLength: 1.5 })).toThrow(RangeError);
    expect(() => findPaths(graph, { from: "a", to: "zz" })).toThrow(UnknownActorError);
  });

  it("reports progress per source actor, ending at 1", () => {
    const fractions: number[] = [];
    findPaths(graph, { from: ["a", "b", "c"], to: "d" }, { onProgress: (f) => fractions.push(f) });
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((x, y) => x - y)).toEqual(fractions);
  });

  it("can be cancelled", () => {
    expect(() => findPaths(graph, { from: "a", to: "d" }, { isCancelled: () => true })).toThrow(
      CancelledError,
    );
  });
});

describe("ranking by length or strength", () => {
  const graph = makeGraph([
    ["a-b", { certainty: "alleged" }],
    "b-c",
    "a-d",
    "d-e",
    "e-c",
    ["a-f", { certainty: "reported" }],
    "f-c",
  ]);

  it("length first, then strength", () => {
    const paths = findPaths(graph, { from: "a", to: "c" });
    expect(chains(paths)).toEqual(["a f c", "a b c", "a d e c"]);
    expect(paths.map((p) => p.strength)).toEqual(["reported", "alleged", "established"]);
  });

  it("among equally short paths the strongest comes first, even with k = 1", () => {
    const square = makeGraph([["a-b", { certainty: "alleged" }], "b-d", "a-c", "c-d"]);
    expect(chains(findPaths(square, { from: "a", to: "d" }, { k: 1 }))).toEqual(["a c d"]);
    const weakEnd = makeGraph(["a-b", ["b-d", { certainty: "claimed" }], "a-c", "c-d"]);
    expect(chains(findPaths(weakEnd, { from: "a", to: "d" }, { k: 1 }))).toEqual(["a c d"]);
  });

  it("strength first, then length", () => {
    const paths = findPaths(graph, { from: "a", to: "c" }, { rankBy: "strength" });
    expect(chains(paths)).toEqual(["a d e c", "a f c", "a b c"]);
  });

  it("strength ranking prefers the shorter spur once the root is already weak", () => {
    // every path starts s–x (alleged), so after it all are alleged: shorter must come first
    const graph = makeGraph([
      ["s-x", { certainty: "alleged" }],
      ["x-t", { certainty: "reported" }],
      ["x-c", { certainty: "reported" }],
      ["c-t", { certainty: "reported" }],
      "x-a",
      "a-b",
      "b-t",
    ]);
    const paths = findPaths(graph, { from: "s", to: "t" }, { rankBy: "strength", k: 2 });
    expect(chains(paths)).toEqual(["s x t", "s x c t"]);
  });

  it("strength ranking finds the strongest path even when it is long", () => {
    const long = makeGraph([["s-t", { certainty: "claimed" }], "s-a", "a-b", "b-c", "c-t"]);
    const [best] = findPaths(long, { from: "s", to: "t" }, { rankBy: "strength", k: 1 });
    expect(best?.actors).toEqual(["s", "a", "b", "c", "t"]);
  });
});

describe("constraints", () => {
  it("direction: directed ties only forward when directed, both ways (reversed) otherwise", () => {
    const graph = makeGraph(["a>b", "c>b"]);
    expect(findPaths(graph, { from: "a", to: "c" }, { constraints: { directed: true } })).toEqual(
      [],
    );
    const [path] = findPaths(graph, { from: "a", to: "c" });
    expect(path?.hops.map((h) => h.ties[0]?.reversed)).toEqual([false, true]);
  });

  it("undirected ties are traversable both ways even when direction is respected", () => {
    const graph = makeGraph(["a>b", "c-b"]);
    const [path] = findPaths(graph, { from: "a", to: "c" }, { constraints: { directed: true } });
    expect(path?.hops[1]?.ties[0]).toMatchObject({ directed: false, reversed: false });
  });

  it("a tie's own direction overrides its type's", () => {
    const graph = makeGraph([["a>b", { directed: false }], "c>b"]);
    const directed = { constraints: { directed: true } };
    expect(findPaths(graph, { from: "b", to: "a" }, directed)).toHaveLength(1);
  });

  it("minimum certainty", () => {
    const graph = makeGraph(["a-b", ["b-c", { certainty: "alleged" }]]);
    expect(
      findPaths(graph, { from: "a", to: "c" }, { constraints: { minCertainty: "reported" } }),
    ).toEqual([]);
    const alleged = findPaths(
      graph,
      { from: "a", to: "c" },
      { constraints: { minCertainty: "alleged" } },
    );
    expect(alleged[0]?.strength).toBe("alleged");
  });

  it("tie types", () => {
    const graph = makeGraph(["a>b", ["b>c", { type: "support" }]]);
    expect(
      findPaths(graph, { from: "a", to: "c" }, { constraints: { tieTypes: ["control"] } }),
    ).toEqual([]);
    expect(
      findPaths(
        graph,
        { from: "a", to: "c" },
        { constraints: { tieTypes: ["control", "support"] } },
      ),
    ).toHaveLength(1);
  });

  it("time window: overlapping, partial and undated ties count; others do not", () => {
    const graph = makeGraph([
      ["a-b", { period: { start: "2022-01" } }],
      ["b-c", { period: { start: "2020", end: "2021-12-31" } }],
      "b-d",
      ["d-c", { period: { end: "2022-01-05" } }],
    ]);
    const window = { start: "2022-01-05", end: "2022-01-10" };
    const paths = findPaths(graph, { from: "a", to: "c" }, { constraints: { window } });
    expect(chains(paths)).toEqual(["a b d c"]);
    const wide = findPaths(
      graph,
      { from: "a", to: "c" },
      { constraints: { window: { start: "2021", end: "2022" } } },
    );
    expect(chains(wide)).toEqual(["a b c", "a b d c"]);
    const before = { start: "2019", end: "2021-06" };
    expect(findPaths(graph, { from: "a", to: "c" }, { constraints: { window: before } })).toEqual(
      [],
    );
    expect(() =>
      findPaths(
        graph,
        { from: "a", to: "c" },
        { constraints: { window: { start: "2022-13", end: "2023" } } },
      ),
    ).toThrow(/not an ISO date/);
  });
});

describe("parallel ties", () => {
  it("keeps every tie on the hop and uses the strongest for its certainty", () => {
    const graph = makeGraph([
      ["a>b", { certainty: "alleged", type: "support", id: "weak" }],
      [
        "a>b",
        {
          certainty: "reported",
          id: "strong",
          label: "owner",
          evidence: [{ source: "src", quote: "owns it" }],
        },
      ],
      ["b-c", { certainty: "claimed" }],
    ]);
    const [path] = findPaths(graph, { from: "a", to: "c" });
    expect(path?.hops[0]?.certainty).toBe("reported");
    expect(path?.hops[0]?.ties.map((t) => t.id)).toEqual(["strong", "weak"]);
    expect(path?.hops[0]?.ties[0]).toMatchObject({
      label: "owner",
      evidence: [{ source: "src", quote: "owns it" }],
    });
    expect(path?.strength).toBe("claimed");
    expect(findPaths(graph, { from: "a", to: "c" }, { k: 10 })).toHaveLength(1);
  });

  it("a hop carried by ties in both directions lists both", () => {
    const graph = makeGraph(["a>b", ["b>a", { type: "support" }]]);
    const [path] = findPaths(graph, { from: "a", to: "b" });
    expect(path?.hops[0]?.ties.map((t) => [t.id, t.reversed])).toEqual([
      ["t1", false],
      ["t2", true],
    ]);
    const directed = findPaths(graph, { from: "a", to: "b" }, { constraints: { directed: true } });
    expect(directed[0]?.hops[0]?.ties.map((t) => t.id)).toEqual(["t1"]);
  });
});

describe("group queries", () => {
  const graph = makeGraph(
    ["p1>m", "p2>m", "m>v1", "m>v2", "p1>p2", "v1-v2", "p2>x", "x>v2"],
    [
      { id: "p1", roles: ["patron"] },
      { id: "p2", roles: ["patron"] },
      { id: "v1", roles: ["provocateur"] },
      { id: "v2", roles: ["provocateur"] },
    ],
  );
  const patrons = actorsWithRole(graph, "patron");
  const provocateurs = actorsWithRole(graph, "provocateur");

  it("selects actors by role", () => {
    expect(patrons).toEqual(["p1", "p2"]);
    expect(provocateurs).toEqual(["v1", "v2"]);
  });

  it("returns minimal paths without duplicates, shortest first", () => {
    const paths = findPaths(
      graph,
      { from: patrons, to: provocateurs },
      { k: 20, constraints: { directed: true } },
    );
    expect(chains(paths)).toEqual(["p1 m v1", "p1 m v2", "p2 m v1", "p2 m v2", "p2 x v2"]);
    expect(new Set(chains(paths)).size).toBe(paths.length);
  });

  it("keeps the k best over all pairs", () => {
    const paths = findPaths(
      graph,
      { from: patrons, to: provocateurs },
      { k: 2, constraints: { directed: true } },
    );
    expect(chains(paths)).toEqual(["p1 m v1", "p1 m v2"]);
  });

  it("skips zero-length paths and counts a path and its reverse once when direction is ignored", () => {
    const both = ["p1", "p2", "m"];
    const paths = findPaths(graph, { from: both, to: both }, { k: 20 });
    expect(chains(paths)).toEqual(["m p1", "m p2", "p1 p2", "m v2 x p2", "m v1 v2 x p2"]);
    expect(paths.every((p) => p.length > 0)).toBe(true);
  });

  it("with direction respected, a path and its reverse are different paths", () => {
    const mutual = makeGraph(["a>b", "b>a"]);
    const paths = findPaths(
      mutual,
      { from: ["a", "b"], to: ["a", "b"] },
      { constraints: { directed: true } },
    );
    expect(chains(paths)).toEqual(["a b", "b a"]);
  });
});
