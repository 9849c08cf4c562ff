/** What the GEXF, GraphML, cyjs and FtM writers put where. */
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../schema/index.ts";
import { exportDataset } from "../../src/core/formats/index.ts";
import { sampleDataset } from "./formats-support.ts";

const d = sampleDataset();

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, "application/xml") as unknown as Document;
}

function edge(doc: Document, id: string): Element {
  return [...(doc.getElementsByTagName("edge") as unknown as Element[])].find(
    (e) => e.getAttribute("id") === id,
  )!;
}

describe("GEXF", () => {
  const doc = parse(
    exportDataset("gexf", d, { positions: { president: { x: 1, y: 2 } } }) as string,
  );

  it("is a dynamic graph with date time format when ties have periods", () => {
    const graph = doc.getElementsByTagName("graph")[0]!;
    expect(graph.getAttribute("mode")).toBe("dynamic");
    expect(graph.getAttribute("timeformat")).toBe("date");
  });

  it("widens partial dates to their first and last day and keeps the exact ones as attributes", () => {
    const t1 = edge(doc, "t1"); // 2022-01-05 .. 2022-01
    expect([t1.getAttribute("start"), t1.getAttribute("end")]).toEqual([
      "2022-01-05",
      "2022-01-31",
    ]);
    const t2 = edge(doc, "t2"); // 2022 ..
    expect([t2.getAttribute("start"), t2.hasAttribute("end")]).toEqual(["2022-01-01", false]);
    const values = [...(t1.getElementsByTagName("attvalue") as unknown as Element[])].map((a) => [
      a.getAttribute("for"),
      a.getAttribute("value"),
    ]);
    expect(values).toContainEqual(["period_end", "2022-01"]);
  });

  it("marks each edge directed or undirected (mixed graphs) and colours from the vocabulary", () => {
    expect(edge(doc, "t3").getAttribute("type")).toBe("undirected");
    expect(edge(doc, "t1").getAttribute("type")).toBe("directed");
    expect(edge(doc, "t4").getAttribute("type")).toBe("undirected"); // the tie overrides its type
    const colour = edge(doc, "t1").getElementsByTagName("viz:color")[0]!;
    expect([colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")]).toEqual([
      "213",
      "94",
      "0",
    ]);
    expect(doc.getElementsByTagName("viz:position")[0]!.getAttribute("x")).toBe("1");
  });

  it("writes the dataset's saved layout unless other positions are given", () => {
    const laid: Dataset = { ...d, layout: { positions: { clan: { x: 7, y: 8 } } } };
    const saved = parse(exportDataset("gexf", laid) as string).getElementsByTagName("viz:position");
    expect(saved.length).toBe(1);
    expect((saved[0]!.parentNode as Element).getAttribute("id")).toBe("clan");
    const given = parse(
      exportDataset("gexf", laid, { positions: { imam: { x: 1, y: 1 } } }) as string,
    );
    const positions = given.getElementsByTagName("viz:position");
    expect(positions.length).toBe(1);
    expect((positions[0]!.parentNode as Element).getAttribute("id")).toBe("imam");
  });

  it("is static when no tie has a period", () => {
    const still: Dataset = { ...d, ties: d.ties.map(({ period: _period, ...t }) => t) };
    const graph = parse(exportDataset("gexf", still) as string).getElementsByTagName("graph")[0]!;
    expect(graph.getAttribute("mode")).toBe("static");
    expect(graph.hasAttribute("timeformat")).toBe(false);
  });
});

describe("GraphML", () => {
  const doc = parse(exportDataset("graphml", d) as string);

  it("declares typed keys and states every edge's direction", () => {
    const keys = [...(doc.getElementsByTagName("key") as unknown as Element[])].map(
      (k) =>
        `${k.getAttribute("for")}:${k.getAttribute("attr.name")}:${k.getAttribute("attr.type")}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        "graph:tamyr_meta:string",
        "node:label:string",
        "node:size_min:long",
        "node:verified:boolean",
        "edge:obeyed:boolean",
        "edge:weight:double",
      ]),
    );
    expect(doc.getElementsByTagName("graph")[0]!.getAttribute("edgedefault")).toBe("directed");
    expect(edge(doc, "t3").getAttribute("directed")).toBe("false");
    expect(edge(doc, "t1").getAttribute("directed")).toBe("true");
  });
});

describe("cyjs", () => {
  const doc = JSON.parse(
    exportDataset("cyjs", d, { positions: { clan: { x: 5, y: 6 } } }) as string,
  );

  it("has Cytoscape's shape: network data, node and edge data, positions, list columns", () => {
    expect(doc.data.name).toBe(d.meta.title);
    const clan = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === "clan");
    expect(clan).toMatchObject({
      data: { name: "The Clan", domains: ["family", "markets"] },
      position: { x: 5, y: 6 },
    });
    const t3 = doc.elements.edges.find((e: { data: { id: string } }) => e.data.id === "t3");
    expect(t3.data).toMatchObject({
      source: "president",
      target: "clan",
      interaction: "kinship",
      directed: false,
      label: "brother-in-law",
    });
  });
});

describe("FollowTheMoney", () => {
  const lines = (exportDataset("ftm", d) as string).trim().split("\n");
  const entities = lines.map(
    (l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, unknown> },
  );
  const entity = (id: string) => entities.find((e) => e.id === id)!;

  it("writes one entity per line with every property value an array of strings", () => {
    expect(entities).toHaveLength(d.actors.length + d.ties.length + d.events!.length);
    for (const e of entities) {
      for (const values of Object.values(e.properties)) {
        expect(Array.isArray(values) && values.every((v) => typeof v === "string")).toBe(true);
      }
    }
  });

  it("maps kinds to schemata and sets country kz only for domestic actors of a Kazakhstan case", () => {
    expect(entity("actor-president")).toMatchObject({
      schema: "Person",
      properties: { country: ["kz"], topics: ["gov.head"] },
    });
    expect(entity("actor-ministry").schema).toBe("PublicBody");
    expect(entity("actor-clan").schema).toBe("Organization");
    expect(entity("actor-imam").properties.country).toBeUndefined(); // in the foreign domain
    const elsewhere = exportDataset("ftm", {
      ...d,
      meta: { title: "x", case: { country: "Kyrgyzstan" } },
    }) as string;
    expect(elsewhere).not.toContain('"country"');
  });

  it("maps ties to relationship schemata with provenance, certainty in the description and Tamyr markers", () => {
    expect(entity("tie-t3")).toMatchObject({ schema: "UnknownLink" }); // kinship, but the clan is not a Person
    expect(entity("tie-t1")).toMatchObject({
      schema: "UnknownLink",
      properties: {
        subject: ["actor-president"],
        object: ["actor-ministry"],
        startDate: ["2022-01-05"],
        endDate: ["2022-01"],
        recordId: ["t1"],
        sourceUrl: ["https://www.ponarseurasia.org/memo-780"],
        publisher: ["PONARS Eurasia"],
        summary: ["tamyr:type=control; certainty=established; directed=true"],
      },
    });
    expect(String(entity("tie-t2").properties.description)).toMatch(/Certainty: Alleged/);
    expect(String(entity("tie-t2").properties.description)).toMatch(
      /hedge: "preliminary evidence points to"/,
    );
  });

  it("uses Family, Membership, Directorship and Employment where the ends fit", () => {
    const people: Dataset = {
      schemaVersion: "1.0",
      meta: { title: "x" },
      actors: [
        { id: "p", name: "P", kind: "person", domains: ["state"], roles: ["official"] },
        { id: "q", name: "Q", kind: "person", domains: ["family"], roles: ["patron"] },
        { id: "o", name: "O", kind: "organization", domains: ["markets"], roles: ["patron"] },
        { id: "m", name: "M", kind: "institution", domains: ["state"], roles: ["official"] },
      ],
      ties: [
        { id: "k", source: "p", target: "q", type: "kinship", label: "son", certainty: "reported" },
        { id: "b", source: "p", target: "o", type: "membership", certainty: "reported" },
        {
          id: "d",
          source: "p",
          target: "o",
          type: "office",
          label: "director",
          certainty: "reported",
        },
        {
          id: "e",
          source: "p",
          target: "m",
          type: "office",
          label: "minister",
          certainty: "reported",
        },
      ],
    };
    const schemata = (exportDataset("ftm", people) as string)
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> },
      );
    const byId = (id: string) => schemata.find((e) => e.id === id)!;
    expect(byId("tie-k")).toMatchObject({
      schema: "Family",
      properties: { person: ["actor-p"], relative: ["actor-q"], relationship: ["son"] },
    });
    expect(byId("tie-b")).toMatchObject({
      schema: "Membership",
      properties: { member: ["actor-p"], organization: ["actor-o"] },
    });
    expect(byId("tie-d")).toMatchObject({
      schema: "Directorship",
      properties: { director: ["actor-p"], role: ["director"] },
    });
    expect(byId("tie-e")).toMatchObject({
      schema: "Employment",
      properties: { employee: ["actor-p"], employer: ["actor-m"] },
    });
  });
});
