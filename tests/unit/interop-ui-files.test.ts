/** Export downloads: file names, the view's subset, CSV as one zip, positions for graph formats. */
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { dataExport } from "../../src/app/interop/export-data.ts";
import { dataFileName, fileBase, figureFileName } from "../../src/app/interop/file-names.ts";
import { formatLosses } from "../../src/app/interop/format-notes.ts";
import { sampleDataset } from "./formats-support.ts";

const dataset = sampleDataset();
const all = { actors: dataset.actors.map((a) => a.id), ties: dataset.ties.map((t) => t.id) };
const text = async (blob: Blob) => new TextDecoder().decode(await blob.arrayBuffer());

describe("file names", () => {
  it("keeps letters of any script and digits, and nothing a file system dislikes", () => {
    expect(fileBase("Kazakhstan, January 2022")).toBe("Kazakhstan-January-2022");
    expect(fileBase("Қаңтар / Январь 2022")).toBe("Қаңтар-Январь-2022");
    expect(fileBase('../../etc/passwd <x> "y"')).toBe("etc-passwd-x-y");
    expect(fileBase("...")).toBe("tamyr");
    expect(fileBase("a".repeat(200))).toHaveLength(80);
  });

  it("names data files by scope and format", () => {
    expect(dataFileName("Case", "dataset", "json")).toBe("Case.json");
    expect(dataFileName("Case", "view", "gexf")).toBe("Case-view.gexf");
    expect(dataFileName("Case", "view", "csv")).toBe("Case-view-csv.zip");
    expect(dataFileName("Case", "dataset", "ftm")).toBe("Case.ftm.json");
    expect(dataFileName("Case", "dataset", "graphology")).toBe("Case.graphology.json");
    expect(dataFileName("Case", "dataset", "cyjs")).toBe("Case.cyjs");
  });

  it("names figures by kind and scale", () => {
    expect(figureFileName("Case", "png", 1)).toBe("Case-view.png");
    expect(figureFileName("Case", "png", 4)).toBe("Case-view@4x.png");
    expect(figureFileName("Case", "svg", 2)).toBe("Case-view.svg");
  });
});

describe("dataExport", () => {
  it("writes the whole dataset as canonical JSON", async () => {
    const out = dataExport({
      dataset,
      title: "Sample",
      format: "json",
      scope: "dataset",
      visible: all,
    });
    expect(out.fileName).toBe("Sample.json");
    expect(JSON.parse(await text(out.blob)).actors).toHaveLength(dataset.actors.length);
  });

  it("zips the two CSV tables of the view's subset", async () => {
    const visible = { actors: ["president", "ministry", "crowd"], ties: all.ties };
    const out = dataExport({ dataset, title: "Sample", format: "csv", scope: "view", visible });
    expect(out.fileName).toBe("Sample-view-csv.zip");
    const files = unzipSync(new Uint8Array(await out.blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(["actors.csv", "ties.csv"]);
    const actors = strFromU8(files["actors.csv"]!).trim().split(/\r\n/);
    expect(actors).toHaveLength(4);
    const ties = strFromU8(files["ties.csv"]!).trim().split(/\r\n/).slice(1);
    const kept = dataset.ties.filter(
      (t) => visible.actors.includes(t.source) && visible.actors.includes(t.target),
    );
    expect(ties.map((row) => row.split(",")[0])).toEqual(kept.map((t) => t.id).sort());
  });

  it("writes the positions on screen into graph formats, for the kept actors only", async () => {
    const positions = { president: { x: 12.5, y: -4 }, crowd: { x: 1, y: 2 } };
    const visible = { actors: ["president", "ministry"], ties: [] };
    const out = dataExport({
      dataset,
      title: "Sample",
      format: "cyjs",
      scope: "view",
      visible,
      positions,
    });
    const json = JSON.parse(await text(out.blob)) as {
      elements: { nodes: { data: { id: string }; position?: unknown }[] };
    };
    const byId = Object.fromEntries(json.elements.nodes.map((n) => [n.data.id, n.position]));
    expect(byId).toEqual({ president: { x: 12.5, y: -4 }, ministry: undefined });
  });
});

describe("formatLosses", () => {
  it("lists what a format cannot carry with the registry's notes", () => {
    expect(formatLosses("json")).toEqual([]);
    const csv = formatLosses("csv");
    expect(csv.map((l) => l.feature)).toContain("events");
    expect(csv.find((l) => l.feature === "events")).toMatchObject({
      support: "no",
      note: "no table for events",
    });
    expect(formatLosses("ftm").find((l) => l.feature === "evidence")?.support).toBe("partial");
  });
});
