/** The import dialog's helpers: CSV heads, which file is which table, the mapping, checks, merges. */
import { describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import { applyEdit, workspaceOf } from "../../src/core/edit/index.ts";
import { findCollisions, mergeDatasets } from "../../src/core/formats/index.ts";
import { assignColumn, fieldOfColumn } from "../../src/app/interop/csv-fields.ts";
import { readCsvHead } from "../../src/app/interop/csv-head.ts";
import { assignCsvTables, detectPicked } from "../../src/app/interop/loaded-file.ts";
import { describeAdded, mergePlan } from "../../src/app/interop/merge-batch.ts";
import { runImport } from "../../src/app/interop/run-import.ts";
import { sampleDataset } from "./formats-support.ts";

const ACTORS = "\uFEFFid;Full name;sector;sector;\na;Alpha;state;x;\nb;Beta;security;;\n";
const TIES = "from,to,relation,confidence\na,b,control,alleged\nb,a,funding,probably\n";

describe("readCsvHead", () => {
  it("names headers as the importer does and reads the first rows", () => {
    const head = readCsvHead(ACTORS, 1);
    expect(head.headers).toEqual(["id", "Full name", "sector", "sector (2)", "column 5"]);
    expect(head.rows).toEqual([["a", "Alpha", "state", "x", ""]]);
  });
});

describe("assignCsvTables", () => {
  const actors = { name: "people.csv", text: ACTORS };
  const ties = { name: "links.csv", text: TIES };

  it("tells the ties table by its from/to columns, whatever the order picked", () => {
    expect(assignCsvTables([ties, actors])).toEqual({ actors, ties });
    expect(assignCsvTables([actors, ties])).toEqual({ actors, ties });
  });

  it("takes a single edge list as the ties table", () => {
    expect(assignCsvTables([ties])).toEqual({ ties });
    expect(assignCsvTables([actors])).toEqual({ actors });
  });

  it("detects CSV only when every picked file is CSV", () => {
    expect(detectPicked([actors, ties])).toBe("csv");
    expect(detectPicked([{ name: "g.gexf", text: "<gexf>" }, actors])).toBe("gexf");
    expect(detectPicked([])).toBeUndefined();
  });
});

describe("column mapping", () => {
  it("maps a column to one field and moves a field from another column", () => {
    const start = { id: "id", name: "Full name" };
    expect(fieldOfColumn(start, "Full name")).toBe("name");
    expect(fieldOfColumn(start, "sector")).toBe("");
    const moved = assignColumn(start, "sector", "name");
    expect(moved).toEqual({ id: "id", name: "sector" });
    expect(assignColumn(moved, "sector", "")).toEqual({ id: "id" });
    expect(assignColumn(start, "Full name", "domains")).toEqual({ id: "id", domains: "Full name" });
  });
});

describe("runImport", () => {
  it("reads a CSV pair with a mapping and lists each problem with its row", () => {
    const outcome = runImport({
      format: "csv",
      actors: { name: "people.csv", text: ACTORS },
      ties: { name: "links.csv", text: TIES },
      mapping: {
        actors: { id: "id", name: "Full name", domains: "sector" },
        ties: { source: "from", target: "to", type: "relation", certainty: "confidence" },
      },
    });
    expect(outcome.name).toBe("people.csv + links.csv");
    expect(outcome.failure).toBeNull();
    expect(outcome.result!.dataset!.actors.map((a) => a.name)).toEqual(["Alpha", "Beta"]);
    expect(outcome.result!.problems).toContainEqual(
      expect.objectContaining({ file: "ties", row: 3, field: "confidence" }),
    );
  });

  it("reports a file that cannot be read at all as a failure with its place", () => {
    const outcome = runImport({
      format: "csv",
      actors: { name: "people.csv", text: ACTORS },
      mapping: { actors: { name: "no such column" }, ties: {} },
    });
    expect(outcome.result).toBeNull();
    expect(outcome.failure).toMatchObject({ file: "actors" });
    expect(outcome.failure!.message).toContain("no such column");
    const xml = runImport({ format: "graphml", file: { name: "x.graphml", text: "not xml" } });
    expect(xml.failure).not.toBeNull();
  });
});

describe("mergePlan", () => {
  const current = sampleDataset();
  const incoming: Dataset = {
    schemaVersion: "1.0",
    meta: { title: "Incoming" },
    vocabulary: { domains: [{ id: "lab", label: "R&D <Lab>", color: "#112233" }] },
    sources: [
      { id: "memo", title: "A different memo" },
      { id: "report", title: "Report" },
    ],
    actors: [
      { id: "clan", name: "Another clan", kind: "family", domains: ["family"], roles: ["patron"] },
      { id: "akim", name: "The akim", kind: "person", domains: ["lab"], roles: ["official"] },
    ],
    ties: [
      {
        id: "n1",
        source: "akim",
        target: "clan",
        type: "support",
        certainty: "alleged",
        evidence: [{ source: "report" }],
      },
    ],
  };

  for (const policy of ["skip", "rename"] as const) {
    it(`as one batch gives exactly the merged dataset (${policy})`, () => {
      expect(findCollisions(current, incoming).length).toBeGreaterThan(0);
      const merged = mergeDatasets(current, incoming, policy).dataset!;
      const plan = mergePlan(current, merged, "Merged “x”");
      expect(plan.operation?.kind).toBe("batch");
      const applied = applyEdit(workspaceOf(current), plan.operation!);
      expect(applied.ok).toBe(true);
      if (!applied.ok) return;
      const after = applied.workspace.dataset;
      expect(Dataset.safeParse(after).success).toBe(true);
      for (const key of ["vocabulary", "sources", "actors", "ties", "events"] as const) {
        expect(after[key]).toEqual(merged[key]);
      }
      expect(plan.added.actors).toBe(policy === "skip" ? 1 : 2);
      // undo takes the whole merge back
      const undone = applyEdit(applied.workspace, applied.inverse);
      expect(undone.ok && undone.workspace.dataset).toEqual(current);
    });
  }

  it("has nothing to do when every record is already there", () => {
    const plan = mergePlan(current, current, "same");
    expect(plan.operation).toBeNull();
    expect(describeAdded(plan.added)).toBe("nothing");
  });

  it("counts narratives it cannot add", () => {
    const withStory: Dataset = {
      ...current,
      narratives: [
        { id: "story", title: "Story", steps: [{ title: "One", caption: "First", view: {} }] },
      ],
    };
    expect(mergePlan(current, withStory, "x").narrativesLeftOut).toBe(1);
  });

  it("describes what was added", () => {
    expect(describeAdded({ terms: true, sources: 1, actors: 3, ties: 2, events: 0 })).toBe(
      "3 actors, 2 ties and 1 source",
    );
  });
});
