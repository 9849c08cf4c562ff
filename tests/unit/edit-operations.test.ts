/** Every operation applies, leaves a valid dataset, and its inverse restores the exact previous workspace. */
import { describe, expect, it } from "vitest";
import type { Actor, Tie } from "../../schema/index.ts";
import { emptyWorkspace, type Operation, type Workspace } from "../../src/core/edit/index.ts";
import { applyOk, editWorkspace, isValid } from "./helpers/edit-workspace.ts";

/** Applies `op`, checks validity, undoes it, and redoes it; returns the workspace after `op`. */
function roundTrip(op: Operation, workspace: Workspace = editWorkspace()): Workspace {
  const before = structuredClone(workspace);
  const applied = applyOk(workspace, op);
  expect(isValid(applied.workspace)).toBe(true);
  expect(JSON.parse(JSON.stringify(applied.inverse))).toStrictEqual(applied.inverse);
  const undone = applyOk(applied.workspace, applied.inverse);
  expect(undone.workspace).toStrictEqual(before);
  expect(applyOk(undone.workspace, op).workspace).toStrictEqual(applied.workspace);
  return applied.workspace;
}

const actor = (id: string, name: string): Actor => ({
  id,
  name,
  kind: "person",
  domains: ["state"],
  roles: ["official"],
});
const tie = (id: string, source: string, target: string): Tie => ({
  id,
  source,
  target,
  type: "control",
  certainty: "reported",
});

describe("actors", () => {
  it("adds an actor, with a position, at the end or at an index", () => {
    const after = roundTrip({
      kind: "addActor",
      record: actor("kt", "Tokayev"),
      position: { x: 3, y: 4 },
    });
    expect(after.dataset.actors.at(-1)?.id).toBe("kt");
    expect(after.positions.kt).toEqual({ x: 3, y: 4 });
    const first = roundTrip({ kind: "addActor", record: actor("kt", "Tokayev"), index: 0 });
    expect(first.dataset.actors[0]?.id).toBe("kt");
  });

  it("updates an actor as a whole record (a field left out is removed)", () => {
    const ws = editWorkspace();
    const rest = { ...ws.dataset.actors[0]! };
    delete rest.aliases;
    const after = roundTrip(
      { kind: "updateActor", id: "patron", record: { ...rest, name: "B. N." } },
      ws,
    );
    expect(after.dataset.actors[0]).toStrictEqual({ ...rest, name: "B. N." });
    expect(after.dataset.actors[0]).not.toHaveProperty("aliases");
  });

  it("renames an actor's id and every reference to it", () => {
    const ws = editWorkspace();
    const record = { ...ws.dataset.actors[0]!, id: "bolat-nazarbayev" };
    const after = roundTrip({ kind: "updateActor", id: "patron", record }, ws);
    const ids = JSON.stringify(after);
    expect(ids).not.toMatch(/"(id|source|target|actor)":"patron"|"patron":\{/);
    expect(after.dataset.ties.filter((t) => t.source === "bolat-nazarbayev")).toHaveLength(3);
    expect(after.dataset.events![1]!.participants).toEqual([{ actor: "bolat-nazarbayev" }]);
    expect(after.positions["bolat-nazarbayev"]).toEqual({ x: 0, y: 0 });
  });

  it("deletes an actor with its ties, event participations and position", () => {
    const after = roundTrip({ kind: "deleteActor", id: "patron" });
    expect(after.dataset.actors.map((a) => a.id)).toEqual(["bazaar", "crowd", "police", "mosque"]);
    expect(after.dataset.ties.map((t) => t.id)).toEqual(["t-mob", "t-rel"]);
    expect(after.dataset.events![0]!.participants).toEqual([{ actor: "crowd" }]);
    expect(after.dataset.events![1]).toEqual({ id: "meeting", title: "Meeting", date: "2022-01" });
    expect(after.positions).toEqual({ bazaar: { x: 10, y: 5 } });
  });

  it("deletes an actor with nothing attached", () => {
    roundTrip({ kind: "deleteActor", id: "police" });
    roundTrip({ kind: "deleteActor", id: "bazaar" });
  });
});

describe("ties", () => {
  it("adds, updates, renames and deletes a tie", () => {
    roundTrip({ kind: "addTie", record: tie("t-new", "police", "crowd") });
    roundTrip({ kind: "addTie", record: tie("t-new", "police", "crowd"), index: 1 });
    const ws = editWorkspace();
    const t = ws.dataset.ties[1]!;
    roundTrip(
      { kind: "updateTie", id: t.id, record: { ...t, certainty: "disputed", label: "hired" } },
      ws,
    );
    roundTrip({ kind: "updateTie", id: t.id, record: { ...t, id: "bazaar-mobilizes-crowd" } }, ws);
    roundTrip({ kind: "deleteTie", id: "t-kin" });
  });
});

describe("sources", () => {
  it("adds a source to a dataset without sources, and deletes it again", () => {
    const empty = emptyWorkspace();
    const after = roundTrip({ kind: "addSource", record: { id: "memo", title: "Memo" } }, empty);
    expect(after.dataset.sources).toEqual([{ id: "memo", title: "Memo" }]);
    // a curator's delete keeps the (now empty) list; only an undo prunes it
    const deleted = roundTrip({ kind: "deleteSource", id: "memo" }, after);
    expect(deleted.dataset.sources).toEqual([]);
  });

  it("renames a source and the evidence citing it", () => {
    const ws = editWorkspace();
    const after = roundTrip(
      { kind: "updateSource", id: "memo", record: { id: "ponars-780", title: "Memo" } },
      ws,
    );
    expect(after.dataset.ties[0]!.evidence![0]!.source).toBe("ponars-780");
  });

  it("deletes an uncited source", () => {
    roundTrip(
      { kind: "deleteSource", id: "src" },
      roundTrip({
        kind: "removeEvidence",
        owner: { collection: "actors", id: "bazaar" },
        index: 0,
      }),
    );
  });
});

describe("events", () => {
  it("adds, updates and deletes events", () => {
    roundTrip(
      { kind: "addEvent", record: { id: "e1", title: "Shooting", date: "2022-01-06" } },
      emptyWorkspace(),
    );
    const ws = editWorkspace();
    const riot = ws.dataset.events![0]!;
    roundTrip(
      {
        kind: "updateEvent",
        id: "riot",
        record: { ...riot, place: "Almaty", certainty: "reported" },
      },
      ws,
    );
    roundTrip({ kind: "updateEvent", id: "riot", record: { ...riot, id: "almaty-riot" } }, ws);
    roundTrip({ kind: "deleteEvent", id: "meeting" });
  });
});

describe("evidence", () => {
  const item = { source: "memo", quote: "instructed", locator: "p. 3" };
  it("adds evidence to an actor, tie or event, with or without existing evidence", () => {
    const first = roundTrip({
      kind: "addEvidence",
      owner: { collection: "actors", id: "patron" },
      item,
    });
    expect(first.dataset.actors[0]!.evidence).toEqual([item]);
    roundTrip({
      kind: "addEvidence",
      owner: { collection: "ties", id: "t-control" },
      item,
      index: 0,
    });
    roundTrip({ kind: "addEvidence", owner: { collection: "events", id: "riot" }, item });
  });

  it("updates and removes an evidence item; removing the last drops the list", () => {
    roundTrip({
      kind: "updateEvidence",
      owner: { collection: "ties", id: "t-control" },
      index: 0,
      item,
    });
    const after = roundTrip({
      kind: "removeEvidence",
      owner: { collection: "ties", id: "t-control" },
      index: 0,
    });
    expect(after.dataset.ties[0]).not.toHaveProperty("evidence");
  });
});

describe("vocabulary", () => {
  it("adds a term of each kind, also to a dataset without a vocabulary", () => {
    roundTrip({
      kind: "addTerm",
      list: "domains",
      term: { id: "oligarchs", label: "Oligarchs", color: "#aabbcc" },
    });
    roundTrip({
      kind: "addTerm",
      list: "roles",
      term: { id: "financier", label: "Financier", shape: "star" },
      index: 0,
    });
    const after = roundTrip(
      {
        kind: "addTerm",
        list: "tieTypes",
        term: {
          id: "funding",
          label: "Funding",
          directed: true,
          color: "#123456",
          lineStyle: "dotted",
          arrow: "vee",
        },
      },
      emptyWorkspace(),
    );
    expect(after.dataset.vocabulary?.tieTypes?.[0]?.id).toBe("funding");
  });

  it("edits an own term's colour, shape, line style and direction", () => {
    roundTrip({
      kind: "updateTerm",
      list: "domains",
      id: "clan",
      term: { id: "clan", label: "Clan", color: "#000000" },
    });
    roundTrip({
      kind: "updateTerm",
      list: "roles",
      id: "broker",
      term: { id: "broker", label: "Broker", shape: "barrel" },
    });
    roundTrip({
      kind: "updateTerm",
      list: "tieTypes",
      id: "feud",
      term: { id: "feud", label: "Feud", directed: true, color: "#445566", lineStyle: "dashed" },
    });
  });

  it("edits a built-in term by adding an override, and deleting the override resets it", () => {
    const term = { id: "control", label: "Controls", directed: true, color: "#ff0000" };
    const after = roundTrip(
      { kind: "updateTerm", list: "tieTypes", id: "control", term },
      emptyWorkspace(),
    );
    expect(after.dataset.vocabulary).toEqual({ tieTypes: [term] });
    const reset = roundTrip({ kind: "deleteTerm", list: "tieTypes", id: "control" }, after);
    expect(reset.dataset).not.toHaveProperty("vocabulary");
  });

  it("renames an own term and the records using it", () => {
    const after = roundTrip({
      kind: "updateTerm",
      list: "domains",
      id: "clan",
      term: { id: "kin-group", label: "Clan", color: "#112233" },
    });
    expect(after.dataset.actors[2]!.domains).toEqual(["crime", "kin-group"]);
  });

  it("deletes an unused term, sets the base, and replaces the vocabulary", () => {
    roundTrip({ kind: "deleteTerm", list: "tieTypes", id: "feud" });
    roundTrip({ kind: "setVocabularyBase", base: "default" });
    roundTrip({ kind: "setVocabularyBase", base: "none" }, emptyWorkspace());
    roundTrip({ kind: "setVocabulary", vocabulary: null }, emptyWorkspace());
    const ws = editWorkspace();
    roundTrip(
      { kind: "setVocabulary", vocabulary: { ...ws.dataset.vocabulary, tieTypes: [] } },
      ws,
    );
  });
});

describe("meta, positions and batches", () => {
  it("sets meta fields", () => {
    const after = roundTrip({
      kind: "setMeta",
      meta: { title: "Kazakhstan 2022", license: "CC-BY-4.0" },
    });
    expect(after.dataset.meta.license).toBe("CC-BY-4.0");
  });

  it("moves several actors in one operation, also clearing a position", () => {
    const after = roundTrip({
      kind: "moveActors",
      moves: { patron: { x: 5, y: 5 }, crowd: { x: -1, y: 2 }, bazaar: null },
    });
    expect(after.positions).toEqual({ patron: { x: 5, y: 5 }, crowd: { x: -1, y: 2 } });
  });

  it("applies a batch as one operation with one inverse", () => {
    const after = roundTrip({
      kind: "batch",
      label: "Added Tokayev and his tie",
      operations: [
        { kind: "addActor", record: actor("kt", "Tokayev"), position: { x: 1, y: 1 } },
        { kind: "addTie", record: tie("kt-police", "kt", "police") },
        { kind: "deleteActor", id: "mosque" },
      ],
    });
    expect(after.dataset.actors.map((a) => a.id)).toContain("kt");
  });

  it("never mutates its input", () => {
    // applyOk deep-freezes the workspace first: any mutation would throw
    expect(() => roundTrip({ kind: "deleteActor", id: "patron" })).not.toThrow();
  });
});
