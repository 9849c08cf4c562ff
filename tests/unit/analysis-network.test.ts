/** The lean network given to the analysis worker answers as the full records do. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import {
  addNetworkPiece,
  analysisNetwork,
  analysisNetworkHead,
  analysisNetworkPieces,
  computeMetrics,
  findPaths,
  withTieDetails,
} from "../../src/core/analysis/index.ts";
import { subsetDataset } from "../../src/core/formats/subset.ts";
import { buildGraph } from "../../src/core/graph/build.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";

/** A dataset and a subset of its actors, as a filter would leave them. */
const filtered = datasetArbitrary.chain((dataset) =>
  fc.record({
    dataset: fc.constant(dataset),
    kept: fc.subarray(dataset.actors.map((a) => a.id)),
  }),
);

describe("analysisNetworkPieces", () => {
  it("hands over the same network in pieces of at most the size asked, none empty", () => {
    fc.assert(
      fc.property(
        filtered,
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        ({ dataset, kept }, size, someTies) => {
          const actorIds = new Set(kept);
          const tieIds = someTies
            ? new Set(dataset.ties.filter((_, i) => i % 2 === 0).map((t) => t.id))
            : undefined;
          const selection = tieIds ? { dataset, actorIds, tieIds } : { dataset, actorIds };
          const network = analysisNetworkHead(dataset);
          let tiesBegun = false;
          for (const piece of analysisNetworkPieces(selection, size)) {
            const records = "actors" in piece ? piece.actors : piece.ties;
            expect(records.length).toBeGreaterThan(0);
            expect(records.length).toBeLessThanOrEqual(size);
            // actors first: a tie's ends are in the network before the tie
            if ("ties" in piece) tiesBegun = true;
            else expect(tiesBegun).toBe(false);
            addNetworkPiece(network, piece);
          }
          expect(network.actors.map((a) => a.id)).toEqual(kept);
          expect(network.ties.map((t) => t.id)).toEqual(
            dataset.ties
              .filter((t) => !tieIds || tieIds.has(t.id))
              .filter((t) => actorIds.has(t.source) && actorIds.has(t.target))
              .map((t) => t.id),
          );
          expect(network).toEqual(analysisNetwork(dataset, actorIds, tieIds));
        },
      ),
    );
  });
});

describe("analysisNetwork", () => {
  it("is a valid dataset holding the kept actors and the ties between them, without evidence", () => {
    fc.assert(
      fc.property(filtered, ({ dataset, kept }) => {
        const keep = new Set(kept);
        const network = analysisNetwork(dataset, keep);
        expect(Dataset.safeParse(network).success).toBe(true);
        expect(network.actors.map((a) => a.id)).toEqual(kept);
        expect(network.ties.map((t) => t.id)).toEqual(
          dataset.ties.filter((t) => keep.has(t.source) && keep.has(t.target)).map((t) => t.id),
        );
        expect(JSON.stringify(network)).not.toMatch(/"(evidence|aliases|description|quote)"/);
      }),
    );
  });

  it("gives the same paths, evidence and labels included, and the same metrics as the full records", () => {
    fc.assert(
      fc.property(filtered, ({ dataset, kept }) => {
        const keep = new Set(kept);
        const full = buildGraph(
          subsetDataset(
            dataset,
            kept,
            dataset.ties.map((t) => t.id),
          ),
        );
        const lean = buildGraph(analysisNetwork(dataset, keep));
        const tiesById = new Map(dataset.ties.map((t) => [t.id, t]));
        for (const from of kept) {
          for (const to of kept) {
            if (from === to) continue;
            const query = { from: [from], to: [to] };
            const expected = findPaths(full, query, { k: 3 });
            expect(withTieDetails(findPaths(lean, query, { k: 3 }), tiesById)).toEqual(expected);
          }
        }
        expect(computeMetrics(lean)).toEqual(computeMetrics(full));
      }),
      { numRuns: 60 },
    );
  });

  it("keeps only the listed ties when a tie list is given", () => {
    fc.assert(
      fc.property(filtered, ({ dataset, kept }) => {
        const someTies = new Set(dataset.ties.filter((_, i) => i % 2 === 0).map((t) => t.id));
        const network = analysisNetwork(dataset, new Set(kept), someTies);
        for (const tie of network.ties) expect(someTies.has(tie.id)).toBe(true);
      }),
    );
  });
});
