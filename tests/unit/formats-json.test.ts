/** The canonical JSON export, format detection and the filtered-view helpers. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schema/index.ts";
import {
  canonicalJson,
  detectFormat,
  exportDataset,
  filterDataset,
  importText,
  subsetDataset,
} from "../../src/core/formats/index.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";
import { fixture, sampleDataset } from "./formats-support.ts";

function shuffled(d: Dataset): Dataset {
  // reverse every record collection and every object's key order
  const reverseKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(reverseKeys)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reverseKeys(x)]),
          )
        : v;
  const out = reverseKeys(d) as Dataset;
  out.actors = [...out.actors].reverse();
  out.ties = [...out.ties].reverse();
  if (out.sources) out.sources = [...out.sources].reverse();
  return out;
}

describe("canonical JSON", () => {
  it("does not depend on key or record order, and is stable", () => {
    fc.assert(
      fc.property(datasetArbitrary, (d) => {
        const text = canonicalJson(d);
        expect(canonicalJson(shuffled(d))).toBe(text);
        expect(canonicalJson(JSON.parse(text) as Dataset)).toBe(text);
        expect(text.endsWith("}\n")).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("uses the schema's field order, 2-space indentation and records sorted by id", () => {
    const text = exportDataset("json", sampleDataset()) as string;
    expect(Object.keys(JSON.parse(text))).toEqual([
      "schemaVersion",
      "meta",
      "vocabulary",
      "sources",
      "actors",
      "ties",
      "events",
    ]);
    expect(text).toMatch(/^\{\n {2}"schemaVersion": "1.0",\n {2}"meta": \{\n {4}"title"/);
    const parsed = JSON.parse(text) as Dataset;
    expect(parsed.actors.map((a) => a.id)).toEqual([
      "clan",
      "crowd",
      "imam",
      "ministry",
      "president",
    ]);
    expect(Object.keys(parsed.actors[4]!)).toEqual([
      "id",
      "name",
      "aliases",
      "kind",
      "domains",
      "roles",
      "description",
      "period",
      "evidence",
      "attributes",
    ]);
    // the order of domains and of vocabulary terms means something and is kept
    expect(parsed.actors[0]!.domains).toEqual(["family", "markets"]);
    expect(Object.keys(parsed.actors[4]!.attributes!)).toEqual(["=formula", "age", "verified"]);
  });

  it("reads a dataset back with the same problems as tamyr validate", () => {
    const result = importText(
      "json",
      '{"schemaVersion": "1.0", "meta": {"title": "x"}, "actors": [], "ties": 3}',
    );
    expect(result.dataset).toBeNull();
    expect(result.problems[0]).toMatchObject({ line: 1, path: "ties" });
  });
});

describe("detectFormat", () => {
  it("recognises each format by content, whatever the name", () => {
    const d = sampleDataset();
    for (const format of ["json", "gexf", "graphml", "cyjs", "graphology", "ftm"] as const) {
      expect(detectFormat("export.txt", exportDataset(format, d) as string), format).toBe(format);
    }
    expect(detectFormat("x.json", fixture("cytoscape-desktop.cyjs"))).toBe("cyjs");
    expect(detectFormat("aleph.json", fixture("aleph-export.ftm.json"))).toBe("ftm");
  });

  it("falls back on the extension, then on a delimiter in the first line", () => {
    expect(detectFormat("ties.csv", "a,b\n1,2")).toBe("csv");
    expect(detectFormat("ties.tsv", "a\tb")).toBe("csv");
    expect(detectFormat("ties", "source;target")).toBe("csv");
    expect(detectFormat("notes.txt", "hello")).toBeUndefined();
  });
});

describe("subsetDataset", () => {
  const d = sampleDataset();

  it("keeps listed actors, ties between kept actors, and only the sources and events they need", () => {
    const sub = subsetDataset(d, ["president", "ministry", "crowd"], ["t1", "t2", "t5"]);
    expect(sub.actors.map((a) => a.id)).toEqual(["president", "crowd", "ministry"]);
    expect(sub.ties.map((t) => t.id)).toEqual(["t1", "t5"]); // t2 starts at the clan, which is gone
    expect(sub.sources?.map((s) => s.id)).toEqual(["memo", "news"]); // news is cited by the event
    expect(sub.events?.[0]?.participants).toEqual([
      { actor: "crowd", role: "protesters" },
      { actor: "ministry" },
    ]);
    expect(sub.vocabulary).toEqual(d.vocabulary);
  });

  it("drops events whose participants are all gone, and participants who are gone", () => {
    const sub = subsetDataset(d, ["ministry", "president"], []);
    expect(sub.events?.[0]?.participants).toEqual([{ actor: "ministry" }]);
    expect(subsetDataset(d, ["president"], []).events).toEqual([]);
    expect(subsetDataset(d, ["president"], []).sources?.map((s) => s.id)).toEqual(["memo"]);
  });
});

describe("subsetDataset with a layout and narratives", () => {
  it("keeps the positions of kept actors and leaves narratives out", () => {
    const d: Dataset = {
      ...sampleDataset(),
      layout: { positions: { president: { x: 1, y: 2 }, clan: { x: 3, y: 4 } } },
      narratives: [
        {
          id: "s",
          title: "Story",
          steps: [{ title: "One", caption: "", view: { highlightActors: ["clan"] } }],
        },
      ],
    };
    const sub = subsetDataset(d, ["president"], []);
    expect(sub.layout).toEqual({ positions: { president: { x: 1, y: 2 } } });
    expect(sub.narratives).toBeUndefined();
  });
});

describe("filterDataset", () => {
  const d = sampleDataset();

  it("applies minimum certainty, tie types and domains as the explorer does", () => {
    expect(filterDataset(d, { minCertainty: "reported" }).ties.map((t) => t.id)).toEqual([
      "t1",
      "t3",
      "t6",
    ]);
    expect(filterDataset(d, { types: ["control", "kinship"] }).ties.map((t) => t.id)).toEqual([
      "t1",
      "t3",
    ]);
    const state = filterDataset(d, { domains: ["state", "security"] });
    expect(state.actors.map((a) => a.id)).toEqual(["president", "ministry"]);
    expect(state.ties.map((t) => t.id)).toEqual(["t1"]);
  });
});
