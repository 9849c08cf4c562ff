/** Human-readable summaries of operations: the lines of the research change log. */
import { describe, expect, it } from "vitest";
import {
  appendChangeLog,
  changeLogEntry,
  describeOperation,
  formatChangeLog,
  type Operation,
} from "../../src/core/edit/index.ts";
import { editWorkspace } from "./helpers/edit-workspace.ts";

const ws = editWorkspace();
const say = (op: Operation) => describeOperation(op, ws);
const [patron, bazaar] = ws.dataset.actors;
const control = ws.dataset.ties[0]!;

describe("summaries", () => {
  it("names actors and ties as people read them", () => {
    expect(say({ kind: "addActor", record: { ...patron!, id: "bn" } })).toBe(
      "Added actor 'Bolat Nazarbayev'",
    );
    expect(say({ kind: "addTie", record: { ...control, id: "x" } })).toBe(
      "Added tie 'Bolat Nazarbayev —control→ Almaty bazaars' (alleged)",
    );
    expect(
      say({
        kind: "addTie",
        record: { ...control, id: "x", type: "kinship", certainty: "established" },
      }),
    ).toBe("Added tie 'Bolat Nazarbayev —kinship— Almaty bazaars' (established)");
  });

  it("lists the fields an edit changed", () => {
    expect(
      say({
        kind: "updateActor",
        id: "bazaar",
        record: { ...bazaar!, name: "Bazaars", description: "d" },
      }),
    ).toBe("Edited actor 'Bazaars' (name, description)");
    expect(
      say({ kind: "updateTie", id: "t-control", record: { ...control, certainty: "reported" } }),
    ).toBe("Edited tie 'Bolat Nazarbayev —control→ Almaty bazaars' (certainty)");
    expect(say({ kind: "setMeta", meta: { title: "Kazakhstan" } })).toBe(
      "Edited dataset details (title)",
    );
  });

  it("counts what a deletion takes with it", () => {
    expect(say({ kind: "deleteActor", id: "patron" })).toBe(
      "Deleted actor 'Bolat Nazarbayev' (and 3 ties; removed from 2 events)",
    );
    expect(say({ kind: "deleteActor", id: "police" })).toBe("Deleted actor 'Police' (and 1 tie)");
    expect(say({ kind: "deleteTie", id: "t-kin" })).toBe(
      "Deleted tie 'Bolat Nazarbayev —kinship— Religious group'",
    );
    expect(say({ kind: "deleteSource", id: "src" })).toBe("Deleted source 'A source'");
    expect(say({ kind: "deleteEvent", id: "riot" })).toBe("Deleted event 'Riot'");
  });

  it("describes evidence by its source", () => {
    const owner = { collection: "ties", id: "t-control" } as const;
    expect(say({ kind: "addEvidence", owner, item: { source: "src" } })).toBe(
      "Added evidence ('A source') to tie 'Bolat Nazarbayev —control→ Almaty bazaars'",
    );
    expect(say({ kind: "removeEvidence", owner, index: 0 })).toBe(
      "Removed evidence ('Policy memo') from tie 'Bolat Nazarbayev —control→ Almaty bazaars'",
    );
  });

  it("describes vocabulary edits", () => {
    expect(
      say({
        kind: "addTerm",
        list: "domains",
        term: { id: "o", label: "Oligarchs", color: "#000000" },
      }),
    ).toBe("Added domain 'Oligarchs'");
    const control = {
      id: "control",
      label: "Control",
      directed: true,
      color: "#ff0000",
      arrow: "triangle" as const,
      lineStyle: "solid" as const,
      description: "Controls or commands",
    };
    expect(say({ kind: "updateTerm", list: "tieTypes", id: "control", term: control })).toBe(
      "Edited tie type 'Control' (color)",
    );
    expect(say({ kind: "deleteTerm", list: "tieTypes", id: "feud" })).toBe(
      "Deleted tie type 'Feud'",
    );
    expect(say({ kind: "setVocabularyBase", base: "none" })).toBe(
      "Set the vocabulary base to 'none'",
    );
  });

  it("describes moves and batches", () => {
    expect(say({ kind: "moveActors", moves: { patron: { x: 1, y: 1 } } })).toBe(
      "Moved actor 'Bolat Nazarbayev'",
    );
    expect(say({ kind: "moveActors", moves: { patron: { x: 1, y: 1 }, crowd: null } })).toBe(
      "Moved 2 actors",
    );
    expect(say({ kind: "moveActors", moves: { bazaar: null } })).toBe(
      "Cleared the position of actor 'Almaty bazaars'",
    );
    expect(say({ kind: "batch", label: "Imported 2 actors", operations: [] })).toBe(
      "Imported 2 actors",
    );
    const deletions: Operation[] = ["t-kin", "t-rel", "t-mob", "t-demob"].map((id) => ({
      kind: "deleteTie",
      id,
    }));
    expect(say({ kind: "batch", operations: deletions.slice(0, 2) })).toBe(
      "Deleted tie 'Bolat Nazarbayev —kinship— Religious group'; Deleted tie 'Religious group —mobilization→ Provocateurs'",
    );
    expect(say({ kind: "batch", operations: deletions })).toMatch(
      /^Deleted tie .*, Deleted tie .* and 2 more changes$/,
    );
  });
});

describe("log entries", () => {
  it("stamps entries with the injected clock and prefixes undo and redo", () => {
    const now = new Date("2024-05-01T12:00:00Z");
    const entry = changeLogEntry("undone", { kind: "deleteActor", id: "patron" }, ws, now);
    expect(entry).toEqual({
      at: "2024-05-01T12:00:00.000Z",
      kind: "undone",
      operation: "deleteActor",
      summary: "Undid: Deleted actor 'Bolat Nazarbayev' (and 3 ties; removed from 2 events)",
    });
    const moved = changeLogEntry(
      "applied",
      { kind: "moveActors", moves: { patron: { x: 1, y: 1 } } },
      ws,
      now,
    );
    const log = appendChangeLog(appendChangeLog([entry], moved), { ...moved, at: "later" }, true);
    expect(log.map((e) => e.at)).toEqual(["2024-05-01T12:00:00.000Z", "later"]);
    expect(formatChangeLog(log)).toBe(
      "2024-05-01T12:00:00.000Z  Undid: Deleted actor 'Bolat Nazarbayev' (and 3 ties; removed from 2 events)\n" +
        "later  Moved actor 'Bolat Nazarbayev'\n",
    );
  });
});
