/** CSV: layout, formula-injection neutralisation, column mapping and per-row errors. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralise, restore } from "../../src/core/formats/csv-layout.ts";
import {
  exportDataset,
  importCsv,
  ImportError,
  inferMapping,
  type ExportFiles,
} from "../../src/core/formats/index.ts";
import { sampleDataset } from "./formats-support.ts";

const csv = (lines: string[]) => lines.join("\n") + "\n";

describe("formula injection", () => {
  it("puts a ' before cells that start with = + - @ tab or carriage return", () => {
    for (const cell of ["=SUM(A1)", "+1", "-Crowd", "@user", "\tx", "\rx"])
      expect(neutralise(cell)).toBe(`'${cell}`);
    for (const cell of ["plain", "1-2", "a=b", "'quoted", ""]) expect(neutralise(cell)).toBe(cell);
  });

  it("strips the ' back only when the rest would have been neutralised", () => {
    expect(restore("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(restore("'quoted")).toBe("'quoted");
    expect(restore("'")).toBe("'");
    // a cell that itself starts with ' and = gets a second ' on export and reads back unchanged
    expect(neutralise("'=x")).toBe("''=x");
    expect(restore("''=x")).toBe("'=x");
  });

  it("restore undoes neutralise for every string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(restore(neutralise(s))).toBe(s);
      }),
    );
  });

  it("neutralises exported cells, headers included, and reads them back", () => {
    const files = (exportDataset("csv", sampleDataset()) as ExportFiles).files;
    const actors = files["actors.csv"]!;
    expect(actors).toContain("'=SUM(A1)");
    expect(actors).toContain("'-Crowd of protesters");
    expect(actors).toContain(",'=formula");
    expect(actors).not.toMatch(/(^|,)=SUM/m);
    const back = importCsv({ actors, ties: files["ties.csv"] }).dataset!;
    const president = back.actors.find((a) => a.id === "president")!;
    expect(president.attributes?.["=formula"]).toBe("=SUM(A1)");
    expect(back.actors.find((a) => a.id === "crowd")!.name).toBe("-Crowd of protesters");
  });
});

describe("the layout", () => {
  const files = (exportDataset("csv", sampleDataset()) as ExportFiles).files;

  it("writes two tables with a BOM, joined lists and numbered evidence columns", () => {
    expect(Object.keys(files)).toEqual(["actors.csv", "ties.csv"]);
    const header = files["ties.csv"]!.replace(/^\uFEFF/, "")
      .split("\r\n")[0]!
      .split(",");
    expect(header.slice(0, 12)).toEqual([
      "id",
      "source",
      "target",
      "type",
      "directed",
      "certainty",
      "label",
      "period_start",
      "period_end",
      "obeyed",
      "note",
      "evidence_count",
    ]);
    expect(header).toContain("evidence_2_hedge");
    expect(files["actors.csv"]).toMatch(/^\uFEFFid,name,kind,domains,roles,aliases,/);
    expect(files["actors.csv"]).toContain("family | markets");
  });
});

describe("inferMapping", () => {
  it("guesses fields from usual header names, each column once", () => {
    expect(
      inferMapping(["ID", "Full name", "Type", "Sector", "Role", "Source URL", "Quote"], "actors"),
    ).toEqual({
      id: "ID",
      name: "Full name",
      kind: "Type",
      domains: "Sector",
      roles: "Role",
      sourceUrl: "Source URL",
      quote: "Quote",
    });
    expect(
      inferMapping(["From", "To", "Relationship", "Confidence", "Start date", "source_id"], "ties"),
    ).toEqual({
      source: "From",
      target: "To",
      type: "Relationship",
      certainty: "Confidence",
      start: "Start date",
      sourceId: "source_id",
    });
  });
});

describe("importing spreadsheets", () => {
  const actors = csv([
    "id;name;kind;domain;role",
    "a1;Alice;person;state;patron",
    "a2;Bob;person;security;enforcer",
    "a3;Carol;company;markets;patron",
  ]);

  it("reads ; as delimiter and a custom mapping", () => {
    const ties = csv(["von,nach,art", "a1,a2,control"]);
    const result = importCsv({
      actors,
      ties,
      mapping: { ties: { source: "von", target: "nach", type: "art" } },
    });
    expect(result.problems).toEqual([]);
    expect(result.dataset!.ties[0]).toMatchObject({
      source: "a1",
      target: "a2",
      type: "control",
      certainty: "reported",
    });
    expect(result.dataset!.actors[2]!.kind).toBe("organization");
  });

  it("reports each bad row with its row number and column, and keeps the good rows", () => {
    const ties = csv([
      "source,target,type,certainty,start,end",
      "a1,a2,control,established,2022-01-05,2022-01-06",
      "a1,a2,control,probably,,",
      "a1,zz,control,reported,,",
      "a2,a2,support,reported,,",
      "a2,a3,support,reported,January 2022,",
      "a3,a1,support,reported,2022-02,2022-01",
    ]);
    const result = importCsv({ actors, ties });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: "ties",
        row: 3,
        field: "certainty",
        message: expect.stringContaining("'probably' is not a certainty level"),
      }),
      expect.objectContaining({
        file: "ties",
        row: 4,
        field: "target",
        message: expect.stringContaining("'zz' is not an actor"),
      }),
      expect.objectContaining({
        file: "ties",
        row: 5,
        message: expect.stringContaining("to itself"),
      }),
      expect.objectContaining({
        file: "ties",
        row: 6,
        field: "start",
        message: expect.stringContaining("'January 2022' is not a date"),
      }),
      expect.objectContaining({
        file: "ties",
        row: 7,
        field: "end",
        message: expect.stringContaining("ends (2022-01) before it starts"),
      }),
    ]);
    expect(result.dataset!.ties.map((t) => t.source + ">" + t.target)).toEqual([
      "a1>a2",
      "a1>a2",
      "a2>a3",
      "a3>a1",
    ]);
  });

  it("reports a row with more cells than the header", () => {
    const result = importCsv({ actors: csv(["id,name", "a,A,extra"]) });
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: "actors",
        row: 2,
        message: expect.stringContaining("3 cells"),
      }),
    ]);
  });

  it("reads an edge list without an actors table, and single-evidence columns", () => {
    const ties = csv([
      "source,target,relation,quote,source_title,source_url",
      "Nazarbayev,Security Council,office,chaired it,Memo 780,https://example.org/780",
      "Security Council,Crowd,repression,,,",
    ]);
    const result = importCsv({ ties });
    expect(result.problems).toEqual([]);
    const d = result.dataset!;
    expect(d.actors.map((a) => a.id)).toEqual(["nazarbayev", "security-council", "crowd"]);
    expect(d.ties[0]!.evidence).toEqual([{ source: "memo-780", quote: "chaired it" }]);
    expect(d.sources).toEqual([
      { id: "memo-780", title: "Memo 780", url: "https://example.org/780" },
    ]);
    expect(result.warnings[0]!.message).toMatch(/no actors table/);
  });

  it("throws an ImportError when the mapping names a column the table lacks", () => {
    expect(() => importCsv({ actors, mapping: { actors: { name: "Nom" } } })).toThrow(ImportError);
  });
});
