/**
 * Property: Tamyr → format → Tamyr keeps every feature the registry says
 * the format carries ("yes"), for any valid dataset.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveVocabulary, type Actor, type Dataset, type Tie } from "../../schema/index.ts";
import { isDirected } from "../../src/core/graph/build.ts";
import {
  canonicalDataset,
  FORMATS,
  type Feature,
  type FormatInfo,
} from "../../src/core/formats/index.ts";
import { nameToken } from "../../src/core/formats/graphml-write.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";
import { roundTrip } from "./formats-support.ts";

type View = (d: Dataset) => unknown;

const byId = <T extends { id: string }>(items: T[] | undefined) =>
  [...(items ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
const actors = (d: Dataset) => byId(d.actors);
const ties = (d: Dataset) => byId(d.ties);
const perActor =
  (f: (a: Actor) => unknown): View =>
  (d) =>
    actors(d).map((a) => [a.id, f(a) ?? null]);
const perTie =
  (f: (t: Tie, d: Dataset) => unknown): View =>
  (d) =>
    ties(d).map((t) => [t.id, f(t, d) ?? null]);

/** What each feature looks like, so that the original and the round-tripped dataset can be compared. */
const VIEWS: Partial<Record<Feature, View>> = {
  ids: (d) => [actors(d).map((a) => a.id), ties(d).map((t) => t.id)],
  names: perActor((a) => a.name),
  aliases: perActor((a) => a.aliases?.map((x) => x.name)),
  aliasDetails: perActor((a) => a.aliases),
  kinds: perActor((a) => a.kind),
  domains: perActor((a) => a.domains),
  roles: perActor((a) => a.roles),
  descriptions: perActor((a) => a.description),
  actorPeriods: perActor((a) => a.period),
  sizes: perActor((a) => a.size),
  tieTypes: perTie((t) => [t.source, t.target, t.type]),
  directions: perTie((t, d) => isDirected(t, resolveVocabulary(d.vocabulary))),
  certainty: perTie((t) => t.certainty),
  labels: perTie((t) => t.label),
  tiePeriods: perTie((t) => t.period),
  obeyed: perTie((t) => t.obeyed),
  notes: perTie((t) => t.note),
  evidence: (d) => [perActor((a) => a.evidence)(d), perTie((t) => t.evidence)(d)],
  sources: (d) => byId(canonicalDataset(d).sources),
  events: (d) => canonicalDataset(d).events ?? [],
  vocabulary: (d) => canonicalDataset(d).vocabulary ?? null,
  meta: (d) => canonicalDataset(d).meta,
  attributes: (d) => [perActor((a) => a.attributes)(d), perTie((t) => t.attributes)(d)],
  narratives: (d) => canonicalDataset(d).narratives ?? [],
  layout: (d) => canonicalDataset(d).layout?.positions ?? {},
};

/** Attributes as a format marked "partial" keeps them: names as GraphML tokens, values as text. */
function looseAttributes(d: Dataset): unknown {
  const loose = (attrs: Record<string, unknown> | undefined) =>
    attrs && Object.fromEntries(Object.entries(attrs).map(([k, v]) => [nameToken(k), String(v)]));
  return [perActor((a) => loose(a.attributes))(d), perTie((t) => loose(t.attributes))(d)];
}

const formats = FORMATS.filter((f) => f.canExport && f.canImport);

describe.each(formats.map((f) => [f.id, f] as [string, FormatInfo]))(
  "round trip through %s",
  (_, info) => {
    it("keeps every feature the format carries, for any valid dataset", () => {
      fc.assert(
        fc.property(datasetArbitrary, (dataset) => {
          const result = roundTrip(info.id, dataset);
          expect(result.problems).toEqual([]);
          expect(result.dataset).not.toBeNull();
          const back = result.dataset!;
          for (const [feature, view] of Object.entries(VIEWS) as [Feature, View][]) {
            const support = info.carries[feature];
            if (support === "yes")
              expect(view(back), `${info.id} keeps ${feature}`).toEqual(view(dataset));
          }
          if (info.carries.attributes === "partial" && info.id !== "ftm") {
            expect(looseAttributes(back)).toEqual(looseAttributes(dataset));
          }
          if (info.carries.layout === "yes" && info.id !== "json") {
            expect(result.positions ?? {}).toEqual(dataset.layout?.positions ?? {});
          }
        }),
        { numRuns: Number(process.env.FORMATS_RUNS ?? 60) },
      );
    });
  },
);

describe("the capability table", () => {
  it("describes every feature of every format, with a note for each loss", () => {
    for (const info of FORMATS) {
      for (const feature of Object.keys(VIEWS) as Feature[]) {
        expect(["yes", "partial", "no"]).toContain(info.carries[feature]);
      }
      for (const [feature, support] of Object.entries(info.carries)) {
        if (support !== "yes") {
          expect(info.notes[feature as Feature], `${info.id}: note for ${feature}`).toBeTruthy();
        }
      }
    }
  });
});
