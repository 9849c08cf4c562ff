/** Merging an imported dataset into the current one: collisions are found, never silently overwritten. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import { canonicalJson, findCollisions, mergeDatasets } from "../../src/core/formats/index.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";
import { sampleDataset } from "./formats-support.ts";

const current = sampleDataset();

/** An incoming dataset: one identical actor, one changed actor, one new actor, ties to both. */
function incoming(): Dataset {
  const president = current.actors.find((a) => a.id === "president")!;
  return {
    schemaVersion: "1.0",
    meta: { title: "Another team's data" },
    sources: [
      { id: "memo", title: "A different memo" },
      { id: "report", title: "New report" },
    ],
    actors: [
      structuredClone(president),
      { id: "clan", name: "Another clan", kind: "family", domains: ["family"], roles: ["patron"] },
      { id: "akim", name: "The akim", kind: "person", domains: ["state"], roles: ["official"] },
    ],
    ties: [
      {
        id: "n1",
        source: "akim",
        target: "clan",
        type: "support",
        certainty: "alleged",
        evidence: [{ source: "memo", quote: "backs them" }],
      },
      {
        id: "n2",
        source: "akim",
        target: "president",
        type: "appeal",
        certainty: "reported",
        evidence: [{ source: "report" }],
      },
    ],
  };
}

describe("mergeDatasets", () => {
  it("finds collisions only where the same id has different content", () => {
    expect(findCollisions(current, incoming())).toEqual([
      { collection: "sources", id: "memo" },
      { collection: "actors", id: "clan" },
    ]);
  });

  it("abort: changes nothing and reports the collisions", () => {
    const result = mergeDatasets(current, incoming(), "abort");
    expect(result.dataset).toBeNull();
    expect(result.collisions.map((c) => [c.collection, c.id, c.resolution])).toEqual([
      ["sources", "memo", "aborted"],
      ["actors", "clan", "aborted"],
    ]);
  });

  it("skip: keeps the current records; new records are added; identical ones are not conflicts", () => {
    const result = mergeDatasets(current, incoming(), "skip");
    const d = result.dataset!;
    expect(Dataset.safeParse(d).success).toBe(true);
    expect(result.identical).toEqual([{ collection: "actors", id: "president" }]);
    expect(result.collisions.map((c) => [c.id, c.resolution])).toEqual([
      ["memo", "skipped"],
      ["clan", "skipped"],
    ]);
    expect(d.actors.find((a) => a.id === "clan")!.name).toBe("The Clan");
    expect(d.sources!.find((s) => s.id === "memo")!.title).toBe("Policy memo 780");
    expect(d.actors.map((a) => a.id)).toContain("akim");
    expect(d.ties.find((t) => t.id === "n1")!.target).toBe("clan");
    expect(d.meta).toEqual(current.meta);
  });

  it("rename: gives colliding records new ids and rewrites every reference to them", () => {
    const result = mergeDatasets(current, incoming(), "rename");
    const d = result.dataset!;
    expect(Dataset.safeParse(d).success).toBe(true);
    // the incoming president cites the incoming 'memo', so once that is renamed it differs too
    expect(result.collisions).toEqual([
      { collection: "sources", id: "memo", resolution: "renamed", renamedTo: "memo-imported" },
      {
        collection: "actors",
        id: "president",
        resolution: "renamed",
        renamedTo: "president-imported",
      },
      { collection: "actors", id: "clan", resolution: "renamed", renamedTo: "clan-imported" },
    ]);
    expect(d.ties.find((t) => t.id === "n2")!.target).toBe("president-imported");
    expect(d.actors.find((a) => a.id === "clan")!.name).toBe("The Clan");
    expect(d.actors.find((a) => a.id === "clan-imported")!.name).toBe("Another clan");
    const n1 = d.ties.find((t) => t.id === "n1")!;
    expect(n1.target).toBe("clan-imported");
    expect(n1.evidence).toEqual([{ source: "memo-imported", quote: "backs them" }]);
    expect(d.sources!.find((s) => s.id === "memo-imported")!.title).toBe("A different memo");
  });

  it("rename cascades: a renamed vocabulary term makes the records using it differ too", () => {
    const other = structuredClone(current);
    other.vocabulary!.domains![0]!.color = "#000000"; // 'clergy' now means something else
    other.actors = other.actors.filter((a) => a.id === "imam");
    other.ties = [];
    delete other.events;
    const result = mergeDatasets(current, other, "rename");
    expect(result.collisions.map((c) => `${c.collection}:${c.id}→${c.renamedTo}`)).toEqual([
      "vocabulary.domains:clergy→clergy-imported",
      "actors:imam→imam-imported",
    ]);
    expect(result.dataset!.actors.find((a) => a.id === "imam-imported")!.domains).toEqual([
      "clergy-imported",
      "foreign",
    ]);
  });

  it("keeps current positions and adds those of added (and renamed) actors", () => {
    const mine: Dataset = { ...current, layout: { positions: { clan: { x: 1, y: 1 } } } };
    const theirs = {
      ...incoming(),
      layout: { positions: { clan: { x: 9, y: 9 }, akim: { x: 2, y: 2 } } },
    };
    expect(mergeDatasets(mine, theirs, "skip").dataset!.layout).toEqual({
      positions: { clan: { x: 1, y: 1 }, akim: { x: 2, y: 2 } },
    });
    expect(mergeDatasets(mine, theirs, "rename").dataset!.layout).toEqual({
      positions: { clan: { x: 1, y: 1 }, "clan-imported": { x: 9, y: 9 }, akim: { x: 2, y: 2 } },
    });
  });

  it("adds vocabulary terms the incoming records need when the current dataset has none of its own", () => {
    const bare: Dataset = {
      schemaVersion: "1.0",
      meta: { title: "Bare" },
      vocabulary: {
        base: "none",
        domains: [{ id: "x", label: "X", color: "#111111" }],
        roles: [{ id: "y", label: "Y", shape: "star" }],
      },
      actors: [],
      ties: [],
    };
    const result = mergeDatasets(bare, incoming(), "abort");
    expect(result.problems).toEqual([]);
    expect(result.dataset!.vocabulary!.domains!.map((t) => t.id)).toEqual(["x", "state", "family"]);
  });

  it("merging a dataset into itself changes nothing", () => {
    fc.assert(
      fc.property(datasetArbitrary, (d) => {
        const result = mergeDatasets(d, d, "abort");
        expect(result.collisions).toEqual([]);
        expect(canonicalJson(result.dataset!)).toBe(canonicalJson(d));
      }),
      { numRuns: 50 },
    );
  });
});
