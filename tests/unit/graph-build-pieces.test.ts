/** Building the graph and the search index in pieces gives what building them at once gives. */
import { describe, expect, it } from "vitest";
import { resolveVocabulary } from "../../schema/index.ts";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { buildGraph, buildGraphInPieces } from "../../src/core/graph/build.ts";
import {
  buildSearchIndex,
  searchActors,
  searchEntries,
  searchIndexFrom,
} from "../../src/core/search/search-index.ts";

const dataset = generateDataset({ actors: 300, tiesPerActor: 3, seed: 7 });
const vocabulary = resolveVocabulary(dataset.vocabulary);

describe("buildGraphInPieces", () => {
  it("builds the same graph as buildGraph, a piece per pause", async () => {
    let pauses = 0;
    // a clock that moves 1 ms per read: pieces of a few records each
    let clock = 0;
    const pieces = await buildGraphInPieces(dataset, vocabulary, {
      pause: async () => {
        pauses++;
      },
      now: () => clock++,
      budgetMs: 6,
      firstStep: 10,
    });
    const whole = buildGraph(dataset, vocabulary);
    expect(pieces.order).toBe(whole.order);
    expect(pieces.size).toBe(whole.size);
    expect(pieces.edges().sort()).toEqual(whole.edges().sort());
    for (const id of whole.edges().slice(0, 50)) {
      expect(pieces.extremities(id)).toEqual(whole.extremities(id));
      expect(pieces.isDirected(id)).toBe(whole.isDirected(id));
      expect(pieces.getEdgeAttributes(id)).toEqual(whole.getEdgeAttributes(id));
    }
    expect(pauses).toBeGreaterThan(1);
  });
});

describe("search entries folded elsewhere", () => {
  it("answer every query as an index built in one go", () => {
    const half = Math.floor(dataset.actors.length / 2);
    const entries = [
      ...searchEntries(dataset.actors.slice(0, half)),
      ...searchEntries(dataset.actors.slice(half)),
    ];
    const split = searchIndexFrom(dataset.actors, entries);
    const whole = buildSearchIndex(dataset.actors);
    for (const actor of dataset.actors.slice(0, 40)) {
      const query = actor.name.slice(0, 4);
      expect(searchActors(split, query)).toEqual(searchActors(whole, query));
    }
  });
});
