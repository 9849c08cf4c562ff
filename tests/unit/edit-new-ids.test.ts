/** Ids for new records and terms, and the "New workspace" dataset. */
import { describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import {
  emptyDataset,
  emptyWorkspace,
  newRecordId,
  newTermId,
  newTieId,
  uniqueId,
} from "../../src/core/edit/index.ts";
import { editWorkspace } from "./helpers/edit-workspace.ts";

describe("new ids", () => {
  const { dataset } = editWorkspace();

  it("slugifies a name, transliterating Cyrillic", () => {
    expect(newRecordId(dataset, "actors", "Bolat Nazarbayev")).toBe("bolat-nazarbayev");
    expect(newRecordId(dataset, "actors", "Нұрсұлтан Назарбаев")).toBe("nursultan-nazarbaev");
    expect(newRecordId(dataset, "sources", "  Éléments  (2022) ")).toBe("elements-2022");
  });

  it("adds -2, -3… until the id is free in its collection", () => {
    const taken = new Set(["bolat-nazarbayev", "bolat-nazarbayev-2"]);
    expect(uniqueId("Bolat Nazarbayev", (id) => taken.has(id), "actor")).toBe("bolat-nazarbayev-3");
    expect(newRecordId(dataset, "actors", "Police")).toBe("police-2");
    expect(newRecordId(dataset, "events", "Riot")).toBe("riot-2");
    expect(newRecordId(dataset, "ties", "Riot")).toBe("riot");
  });

  it("falls back to the collection's noun when the name gives no slug", () => {
    expect(newRecordId(dataset, "actors", "!!!")).toBe("actor");
    expect(newRecordId(dataset, "sources", "")).toBe("source");
  });

  it("keeps long ids within the 120-character limit, suffix included", () => {
    const long = "a".repeat(200);
    const id = uniqueId(long, (x) => x === "a".repeat(120), "actor");
    expect(id).toBe(`${"a".repeat(118)}-2`);
  });

  it("makes tie ids from the ends and the type", () => {
    expect(newTieId(dataset, { source: "patron", type: "control", target: "bazaar" })).toBe(
      "patron-control-bazaar",
    );
  });

  it("makes term ids unique against own and built-in terms", () => {
    expect(newTermId(dataset, "domains", "Clan")).toBe("clan-2");
    expect(newTermId(dataset, "domains", "State")).toBe("state-2");
    expect(newTermId(dataset, "tieTypes", "Funding")).toBe("funding");
    expect(newTermId(dataset, "tieTypes", "?")).toBe("tie-type");
  });
});

describe("new workspace", () => {
  it("is a valid, empty dataset with a title", () => {
    const dataset = emptyDataset();
    expect(dataset).toEqual({
      schemaVersion: "1.0",
      meta: { title: "New workspace" },
      actors: [],
      ties: [],
    });
    expect(Dataset.safeParse(dataset).success).toBe(true);
    expect(emptyWorkspace("Almaty").dataset.meta.title).toBe("Almaty");
    expect(emptyWorkspace().positions).toEqual({});
  });
});
