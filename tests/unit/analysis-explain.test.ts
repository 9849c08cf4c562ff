import { describe, expect, it } from "vitest";
import { explainNoPath } from "../../src/core/analysis/explain-no-path.ts";
import { makeGraph } from "./analysis-helpers.ts";

describe("explaining a missing path", () => {
  it("names direction when only direction cuts the connection", () => {
    const graph = makeGraph(["a>b", "c>b", "a>d", "c>d", "a>e", "c>e"]);
    const explanation = explainNoPath(
      graph,
      { from: "a", to: "c" },
      { constraints: { directed: true } },
    );
    expect(explanation).toMatchObject({
      kind: "relaxable",
      active: ["direction"],
      relaxations: [{ relaxed: ["direction"], pathCount: 3, atLeast: false, shortest: 2 }],
    });
    expect(explanation.message).toBe(
      "No path respecting direction; 3 paths if direction is ignored (shortest: 2 hops, strongest: established).",
    );
  });

  it("names the certainty minimum", () => {
    const graph = makeGraph(["a-b", ["b-c", { certainty: "alleged" }]]);
    const explanation = explainNoPath(
      graph,
      { from: "a", to: "c" },
      { constraints: { minCertainty: "reported" } },
    );
    expect(explanation.message).toBe(
      "No path with ties at or above 'reported'; 1 path if ties at any certainty count (shortest: 2 hops, strongest: alleged).",
    );
  });

  it("names tie types, the time window and the maximum length", () => {
    const graph = makeGraph([
      ["a>b", { period: { start: "2020", end: "2020" } }],
      ["b>c", { type: "support" }],
    ]);
    const types = explainNoPath(
      graph,
      { from: "a", to: "c" },
      { constraints: { tieTypes: ["control"] } },
    );
    expect(types.message).toMatch(
      /^No path using only tie types control; 1 path if every tie type is allowed/,
    );
    const window = explainNoPath(
      graph,
      { from: "a", to: "c" },
      { constraints: { window: { start: "2022", end: "2022" } } },
    );
    expect(window.message).toMatch(
      /^No path in the window 2022\.\.2022; 1 path if the time window is dropped/,
    );
    const short = explainNoPath(graph, { from: "a", to: "c" }, { maxLength: 1 });
    expect(short.message).toMatch(
      /^No path of at most 1 hop; 1 path if paths of any length are allowed/,
    );
  });

  it("reports every minimal relaxation, including combinations", () => {
    // a→b→c needs the alleged tie and c>b against its direction; a–x–c needs the support type
    const graph = makeGraph([
      ["a>b", { certainty: "alleged" }],
      "c>b",
      ["x-a", { type: "support", directed: false }],
      "x-c",
    ]);
    const explanation = explainNoPath(
      graph,
      { from: "a", to: "c" },
      {
        constraints: { directed: true, minCertainty: "reported", tieTypes: ["control", "kinship"] },
      },
    );
    expect(explanation.kind).toBe("relaxable");
    if (explanation.kind !== "relaxable") return;
    expect(explanation.relaxations.map((r) => r.relaxed)).toEqual([
      ["tieTypes"],
      ["direction", "minCertainty"],
    ]);
    expect(explanation.message).toMatch(
      /^No path under the current constraints; 1 path if every tie type is allowed .*; 1 path if direction is ignored and ties at any certainty count/,
    );
  });

  it("says when the actors are in different components", () => {
    const graph = makeGraph(["a-b", "c-d"]);
    expect(explainNoPath(graph, { from: "a", to: "c" })).toEqual({
      kind: "disconnected",
      active: [],
      message: "No path at any certainty: the actors are in different components.",
    });
    const constrained = explainNoPath(
      graph,
      { from: "a", to: "c" },
      { constraints: { directed: true } },
    );
    expect(constrained.message).toMatch(/even with every constraint relaxed/);
  });

  it("detects unknown ids, empty selections and identical endpoints", () => {
    const graph = makeGraph(["a-b"]);
    expect(explainNoPath(graph, { from: "a", to: ["zz", "b"] })).toMatchObject({
      kind: "unknown-actors",
      ids: ["zz"],
    });
    expect(explainNoPath(graph, { from: [], to: "b" })).toMatchObject({
      kind: "empty-selection",
      sides: ["from"],
    });
    expect(explainNoPath(graph, { from: "a", to: "a" }).kind).toBe("same-actor");
    expect(explainNoPath(graph, { from: "a", to: "b" })).toMatchObject({
      kind: "has-paths",
      pathCount: 1,
    });
  });
});
