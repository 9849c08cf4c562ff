/**
 * Files written by other tools import: hand-made fixtures in the style of
 * Gephi's GEXF, Cytoscape desktop's .cyjs, NetworkX's GraphML and an Aleph
 * FollowTheMoney export, with their quirks.
 */
import { describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import { importText, type ImportResult } from "../../src/core/formats/index.ts";
import { fixture, xml } from "./formats-support.ts";

function valid(result: ImportResult): Dataset {
  expect(result.dataset).not.toBeNull();
  expect(Dataset.safeParse(result.dataset).success).toBe(true);
  return result.dataset!;
}

const actor = (d: Dataset, id: string) => d.actors.find((a) => a.id === id)!;
const tie = (d: Dataset, id: string) => d.ties.find((t) => t.id === id)!;

describe("Gephi GEXF", () => {
  const result = importText("gexf", fixture("gephi-style.gexf"), xml);
  const d = valid(result);

  it("imports without problems and takes the title from meta/description", () => {
    expect(result.problems).toEqual([]);
    expect(d.meta.title).toBe("Almaty elites (Gephi test)");
  });

  it("reads attributes by title, types them, applies <default> and keeps unknown ones", () => {
    expect(actor(d, "n0")).toMatchObject({ name: "Nursultan", kind: "person", domains: ["state"] });
    expect(actor(d, "n0").attributes).toMatchObject({ "Modularity Class": 0 });
    // `type` is read as the kind only when it is one; otherwise it stays an attribute
    expect(actor(d, "n1").kind).toBe("organization");
    expect(actor(d, "n2")).toMatchObject({ kind: "group", domains: ["markets"] });
    expect(actor(d, "n2").attributes).toMatchObject({
      type: "market stall",
      imported_defaults: "kind, roles",
    });
  });

  it("keeps parallel edges, per-edge direction, labels, certainty by label and weights", () => {
    expect(d.ties.map((t) => [t.id, t.source, t.target, t.type])).toEqual([
      ["0", "n0", "n1", "office"],
      ["1", "n0", "n1", "control"],
      ["2", "n1", "n2", "rivalry"],
    ]);
    expect(tie(d, "0")).toMatchObject({
      label: "heads",
      certainty: "established",
      attributes: { weight: 1 },
    });
    expect(tie(d, "1").certainty).toBe("reported");
    expect(tie(d, "2").certainty).toBe("claimed");
    expect(tie(d, "2").directed).toBeUndefined(); // undirected, as rivalry is by default
  });

  it("returns viz positions and says that other viz data was not imported", () => {
    expect(result.positions).toEqual({
      n0: { x: -120.25, y: 45.5 },
      n1: { x: 80, y: -12.75 },
      n2: { x: 3, y: 9 },
    });
    expect(d.layout?.positions).toEqual(result.positions); // saved as the dataset's layout
    expect(result.warnings.some((w) => /visual attributes/.test(w.message))).toBe(true);
  });

  it("names the element and line of each warning", () => {
    const warning = result.warnings.find((w) => w.element === '<node id="n0">');
    expect(warning?.line).toBeGreaterThan(1);
  });
});

describe("dynamic Gephi GEXF", () => {
  const result = importText("gexf", fixture("gephi-dynamic.gexf"), xml);
  const d = valid(result);

  it("reads edge start/end and the envelope of node spells as periods", () => {
    expect(actor(d, "a").period).toEqual({ start: "2022-01-01", end: "2022-02-05" });
    expect(tie(d, "e1").period).toEqual({ start: "2022-01-05", end: "2022-01-07" });
    expect(tie(d, "e2").period).toEqual({ start: "2022-01-08" });
  });

  it("keeps the last of several dynamic attribute values, with a warning", () => {
    expect(actor(d, "a").attributes?.status).toBe("protesting");
    expect(result.warnings.some((w) => /several values over time/.test(w.message))).toBe(true);
  });

  it("gives edges without a type the default type, undirected as the graph says", () => {
    expect(tie(d, "e1").type).toBe("unclassified");
    const term = d.vocabulary?.tieTypes?.find((t) => t.id === "unclassified");
    expect(term).toMatchObject({ label: "Unclassified", directed: false });
  });
});

describe("Cytoscape desktop .cyjs", () => {
  const result = importText("cyjs", fixture("cytoscape-desktop.cyjs"));
  const d = valid(result);

  it("reads names, list columns, interactions as tie types and positions", () => {
    expect(d.meta.title).toBe("almaty.csv");
    expect(actor(d, "117")).toMatchObject({
      name: "Nursultan",
      kind: "person",
      domains: ["state", "family"],
    });
    expect(tie(d, "120")).toMatchObject({ source: "117", target: "118", type: "chairs" });
    expect(tie(d, "121").type).toBe("control");
    expect(result.positions).toEqual({ "117": { x: -35.5, y: 12 }, "118": { x: 64.25, y: -8 } });
  });

  it("keeps Cytoscape's own columns as attributes and adds unknown interactions to the vocabulary", () => {
    expect(actor(d, "117").attributes).toMatchObject({
      SUID: 117,
      shared_name: "Nursultan",
      selected: false,
    });
    expect(tie(d, "120").attributes).toMatchObject({ shared_interaction: "chairs" });
    expect(d.vocabulary?.tieTypes?.map((t) => t.id)).toEqual(["chairs"]);
  });
});

describe("NetworkX GraphML", () => {
  const result = importText("graphml", fixture("networkx-multigraph.graphml"), xml);
  const d = valid(result);

  it("imports without problems, the graph name as title", () => {
    expect(result.problems).toEqual([]);
    expect(d.meta.title).toBe("Almaty kin network");
  });

  it("makes node names into slugs and keeps the original ids", () => {
    expect(d.actors.map((a) => a.id)).toEqual(["alice-smith", "bob", "carol"]);
    expect(actor(d, "alice-smith").attributes).toMatchObject({
      original_id: "Alice Smith",
      verified: true,
    });
    expect(actor(d, "bob").attributes?.verified).toBe(false);
  });

  it("applies key defaults and keeps parallel edges whose ids repeat", () => {
    expect(actor(d, "bob").roles).toEqual(["observer"]);
    expect(actor(d, "alice-smith").roles).toEqual(["patron"]);
    expect(d.ties.map((t) => [t.id, t.source, t.target, t.type])).toEqual([
      ["0", "alice-smith", "bob", "kinship"],
      ["1", "alice-smith", "bob", "rivalry"],
      ["0-2", "bob", "carol", "membership"],
    ]);
    expect(tie(d, "0-2").attributes?.original_id).toBe("0");
  });

  it("reads edgedefault=undirected: membership, directed by default, becomes undirected here", () => {
    expect(tie(d, "0-2").directed).toBe(false);
    expect(tie(d, "0").directed).toBeUndefined();
  });

  it('honours directed="false" in a directed graph (which graphology-graphml reads as directed)', () => {
    const text = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <graph edgedefault="directed"><node id="a"/><node id="b"/>
      <edge id="x" source="a" target="b" directed="false"/><edge id="y" source="a" target="b"/></graph></graphml>`;
    const back = importText("graphml", text, xml).dataset!;
    const term = back.vocabulary?.tieTypes?.find((t) => t.id === "unclassified");
    const direction = (id: string) =>
      back.ties.find((t) => t.id === id)!.directed ?? term!.directed;
    expect(direction("x")).toBe(false);
    expect(direction("y")).toBe(true);
  });
});

describe("Aleph FollowTheMoney export", () => {
  const result = importText("ftm", fixture("aleph-export.ftm.json"));
  const d = valid(result);

  it("reports a line that is not JSON with its line number and reads the rest", () => {
    expect(result.problems).toEqual([
      { line: 8, message: "this line is not a JSON object, so it was skipped" },
    ]);
  });

  it("maps schemata to kinds, extra names to aliases and keeps other properties", () => {
    expect(actor(d, "8a1f2c")).toMatchObject({
      name: "Karim Massimov",
      kind: "person",
      aliases: [{ name: "Карим Масимов" }, { name: "K. Massimov" }],
    });
    expect(actor(d, "8a1f2c").attributes).toMatchObject({
      birthDate: "1965-06-15",
      topics: "role.pep",
    });
    expect(actor(d, "3bd9e0").kind).toBe("institution");
    expect(actor(d, "77c0aa")).toMatchObject({
      kind: "organization",
      attributes: { ftm_schema: "Company" },
    });
  });

  it("maps relationship schemata to ties with labels, periods and source links", () => {
    expect(tie(d, "d41e5f")).toMatchObject({
      type: "office",
      label: "Chairman",
      period: { start: "2016-09-08", end: "2022-01-06" },
    });
    expect(tie(d, "ef34ab")).toMatchObject({ type: "kinship", label: "nephew" });
    expect(tie(d, "ab12cd")).toMatchObject({ type: "ownership", attributes: { percentage: "51" } });
    const source = d.sources?.find((s) => s.id === tie(d, "d41e5f").evidence?.[0]?.source);
    expect(source?.url).toBe("https://example.org/news/1");
  });

  it("reads events with participants and skips other schemata with a warning", () => {
    expect(d.events).toEqual([
      {
        id: "ev1",
        title: "Arrest",
        date: "2022-01-06",
        place: "Almaty",
        participants: [{ actor: "8a1f2c" }, { actor: "3bd9e0" }],
      },
    ]);
    expect(result.warnings.some((w) => /schema Document/.test(w.message))).toBe(true);
  });
});
