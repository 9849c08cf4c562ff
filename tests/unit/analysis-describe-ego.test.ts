import { describe, expect, it } from "vitest";
import { resolveVocabulary } from "../../schema/index.ts";
import { actorNames, describePath } from "../../src/core/analysis/describe-path.ts";
import { egoNetwork } from "../../src/core/analysis/ego.ts";
import { findPaths } from "../../src/core/analysis/paths.ts";
import { makeGraph } from "./analysis-helpers.ts";

const vocabulary = resolveVocabulary(undefined);

describe("describePath", () => {
  const graph = makeGraph(
    [
      "bolat>bazaars",
      ["bazaars>provocateurs", { type: "mobilization", certainty: "alleged" }],
      ["gang>provocateurs", { type: "membership", certainty: "reported" }],
      ["bolat-brother", { certainty: "established" }],
    ],
    [
      { id: "bolat", name: "Bolat Nazarbayev" },
      { id: "bazaars", name: "Almaty bazaars" },
      { id: "provocateurs", name: "provocateurs" },
      { id: "gang", name: "Gang" },
      { id: "brother", name: "Brother" },
    ],
  );
  const names = actorNames(graph);

  it("writes a chain with names, type labels, arrows and certainty", () => {
    const [path] = findPaths(
      graph,
      { from: "bolat", to: "provocateurs" },
      { constraints: { directed: true } },
    );
    expect(describePath(path!, vocabulary, names)).toBe(
      "Bolat Nazarbayev —Control (established)→ Almaty bazaars —Mobilization (alleged)→ provocateurs",
    );
  });

  it("shows ← against direction and — for undirected ties", () => {
    const [path] = findPaths(graph, { from: "brother", to: "gang" });
    expect(describePath(path!, vocabulary, names)).toBe(
      "Brother —Kinship (established)— Bolat Nazarbayev —Control (established)→ Almaty bazaars " +
        "—Mobilization (alleged)→ provocateurs ←Membership (reported)— Gang",
    );
  });

  it("joins parallel ties and falls back to ids", () => {
    const parallel = makeGraph(["a>b", ["b>a", { type: "support", certainty: "alleged" }]]);
    const [path] = findPaths(parallel, { from: "a", to: "b" });
    expect(describePath(path!, vocabulary)).toBe("a ←Control + Support (established)→ b");
  });
});

describe("egoNetwork", () => {
  const graph = makeGraph(["a>b", "b>c", "c>d", "e>a", ["a-f", { certainty: "alleged" }], "d-x"]);

  it("collects actors within n steps and the ties among them", () => {
    expect(egoNetwork(graph, "a")).toEqual({
      center: "a",
      depth: 1,
      actors: ["a", "b", "e", "f"],
      distance: { a: 0, b: 1, e: 1, f: 1 },
      ties: ["t1", "t4", "t5"],
    });
    expect(egoNetwork(graph, "a", { depth: 3 }).actors).toEqual(["a", "b", "e", "f", "c", "d"]);
    expect(egoNetwork(graph, "a", { depth: 0 }).actors).toEqual(["a"]);
  });

  it("applies the constraints, following direction out or in", () => {
    const directed = { directed: true };
    expect(egoNetwork(graph, "a", { depth: 2, constraints: directed }).actors).toEqual([
      "a",
      "b",
      "f",
      "c",
    ]);
    expect(
      egoNetwork(graph, "a", { depth: 2, constraints: directed, direction: "in" }).actors,
    ).toEqual(["a", "e", "f"]);
    const strict = egoNetwork(graph, "a", { constraints: { minCertainty: "reported" } });
    expect(strict.actors).toEqual(["a", "b", "e"]);
    expect(strict.ties).toEqual(["t1", "t4"]);
  });

  it("rejects unknown actors and bad depths", () => {
    expect(() => egoNetwork(graph, "zz")).toThrow(/unknown actor/);
    expect(() => egoNetwork(graph, "a", { depth: -1 })).toThrow(RangeError);
  });
});
