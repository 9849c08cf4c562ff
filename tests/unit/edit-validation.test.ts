/** Invalid edits are refused with form-ready problems, and the workspace stays as it was. */
import { describe, expect, it } from "vitest";
import { applyEdit, validateEdit, type Operation } from "../../src/core/edit/index.ts";
import { deepFreeze, editWorkspace, refusal } from "./helpers/edit-workspace.ts";

const ws = editWorkspace();
const patron = ws.dataset.actors[0]!;
const control = ws.dataset.ties[0]!;

function refused(op: Operation) {
  const workspace = deepFreeze(editWorkspace());
  const before = structuredClone(workspace);
  const problems = refusal(workspace, op);
  expect(workspace).toStrictEqual(before);
  expect(validateEdit(workspace, op)).toEqual(problems);
  return problems;
}

describe("records", () => {
  it("refuses an empty name", () => {
    expect(
      refused({ kind: "updateActor", id: "patron", record: { ...patron, name: "  " } }),
    ).toEqual([{ path: "name", message: "must not be empty" }]);
  });

  it("refuses a tie to an unknown actor", () => {
    expect(refused({ kind: "addTie", record: { ...control, id: "t1", target: "x" } })).toEqual([
      { path: "target", message: "tie 't1' points to unknown actor 'x'" },
    ]);
  });

  it("refuses a tie from an actor to itself", () => {
    expect(
      refused({ kind: "updateTie", id: "t-control", record: { ...control, target: "patron" } }),
    ).toEqual([{ path: "target", message: "tie 't-control' connects actor 'patron' to itself" }]);
  });

  it("refuses a duplicate id, on add and on rename", () => {
    const problem = {
      path: "id",
      message: "id 'bazaar' is already used by actor 'Almaty bazaars'",
    };
    expect(refused({ kind: "addActor", record: { ...patron, id: "bazaar" } })).toEqual([problem]);
    expect(
      refused({ kind: "updateActor", id: "patron", record: { ...patron, id: "bazaar" } }),
    ).toEqual([problem]);
    expect(refused({ kind: "addTie", record: { ...control, source: "police" } })[0]).toEqual({
      path: "id",
      message: "id 't-control' is already used by tie 'Bolat Nazarbayev —control→ Almaty bazaars'",
    });
  });

  it("refuses unknown vocabulary terms", () => {
    expect(
      refused({
        kind: "updateActor",
        id: "patron",
        record: { ...patron, domains: ["family", "oligarchy"] },
      }),
    ).toEqual([
      {
        path: "domains[1]",
        message: "actor 'patron' has unknown domain 'oligarchy' (not in the vocabulary)",
      },
    ]);
    expect(refused({ kind: "addTie", record: { ...control, id: "t1", type: "funds" } })).toEqual([
      { path: "type", message: "tie 't1' has unknown tie type 'funds' (not in the vocabulary)" },
    ]);
  });

  it("words structural problems as the file validator does", () => {
    const record = { ...patron, kind: "persona", titel: "x" } as unknown as typeof patron;
    expect(refused({ kind: "updateActor", id: "patron", record })).toEqual([
      {
        path: "kind",
        message: expect.stringMatching(/^expected one of person, family.*; got "persona"$/),
      },
      { path: "titel", message: "unknown field 'titel'" },
    ]);
    expect(refused({ kind: "addEvent", record: { id: "e1", title: "Undated" } })).toEqual([
      { path: "date", message: "an event needs a date or a period with a start or an end" },
    ]);
  });

  it("refuses edits of records that do not exist", () => {
    expect(refused({ kind: "deleteActor", id: "nobody" })).toEqual([
      { path: "", message: "there is no actor 'nobody'" },
    ]);
    expect(
      refused({ kind: "updateEvent", id: "e9", record: { id: "e9", title: "E", date: "2022" } }),
    ).toEqual([{ path: "", message: "there is no event 'e9'" }]);
  });

  it("refuses an index outside the list", () => {
    expect(refused({ kind: "addActor", record: { ...patron, id: "x" }, index: 9 })).toEqual([
      { path: "index", message: "is outside the list" },
    ]);
  });

  it("refuses to delete a source that evidence still cites, naming the citers", () => {
    expect(refused({ kind: "deleteSource", id: "memo" })).toEqual([
      {
        path: "",
        message:
          "source 'Policy memo' is still cited by tie 'Bolat Nazarbayev —control→ Almaty bazaars'; remove that evidence first",
      },
    ]);
  });
});

describe("evidence", () => {
  const owner = { collection: "ties", id: "t-control" } as const;
  it("reports problems relative to the evidence item", () => {
    expect(refused({ kind: "addEvidence", owner, item: { source: "nope", quote: "" } })).toEqual([
      { path: "quote", message: "must not be empty" },
    ]);
    expect(refused({ kind: "updateEvidence", owner, index: 0, item: { source: "nope" } })).toEqual([
      { path: "source", message: "tie 't-control' cites unknown source 'nope'" },
    ]);
  });

  it("refuses a missing owner or item", () => {
    expect(refused({ kind: "removeEvidence", owner, index: 1 })).toEqual([
      { path: "index", message: "is outside the list" },
    ]);
    expect(
      refused({
        kind: "addEvidence",
        owner: { collection: "events", id: "x" },
        item: { source: "memo" },
      }),
    ).toEqual([{ path: "", message: "there is no events record 'x'" }]);
  });
});

describe("vocabulary", () => {
  it("refuses to delete a term still in use, naming the users", () => {
    expect(refused({ kind: "deleteTerm", list: "domains", id: "clan" })).toEqual([
      { path: "", message: "domain 'Clan' is still used by actor 'Provocateurs'; change it first" },
    ]);
  });

  it("refuses to drop the built-in vocabulary while records use it", () => {
    const [problem] = refused({ kind: "setVocabularyBase", base: "none" });
    expect(problem?.message).toMatch(
      /^domain 'Family \/ clan' is still used by actor 'Bolat Nazarbayev'; change it first$/,
    );
  });

  it("refuses to delete a built-in term, or to change a built-in term's id", () => {
    expect(refused({ kind: "deleteTerm", list: "roles", id: "patron" })).toEqual([
      { path: "", message: "role 'Patron / elite' is built in: it can be edited but not deleted" },
    ]);
    const term = { id: "boss", label: "Boss", shape: "star" } as const;
    expect(refused({ kind: "updateTerm", list: "roles", id: "patron", term })).toEqual([
      { path: "id", message: "'patron' is a built-in role: its id cannot be changed" },
    ]);
  });

  it("refuses a rename onto a term records already use (it would merge two terms)", () => {
    const term = { id: "crime", label: "Clan", color: "#112233" };
    expect(refused({ kind: "updateTerm", list: "domains", id: "clan", term })).toEqual([
      {
        path: "id",
        message: "id 'crime' is already used by actor 'Provocateurs'; choose another id",
      },
    ]);
  });

  it("refuses a duplicate or malformed term", () => {
    expect(
      refused({
        kind: "addTerm",
        list: "domains",
        term: { id: "clan", label: "Clan 2", color: "#000000" },
      }),
    ).toEqual([{ path: "id", message: "id 'clan' is already used by domain 'Clan'" }]);
    expect(
      refused({ kind: "addTerm", list: "domains", term: { id: "x", label: "X", color: "red" } }),
    ).toEqual([{ path: "color", message: "must be a colour like #1f77b4" }]);
  });
});

describe("meta, moves and batches", () => {
  it("refuses an empty title", () => {
    expect(refused({ kind: "setMeta", meta: { title: "" } })).toEqual([
      { path: "title", message: "must not be empty" },
    ]);
  });

  it("refuses moves of unknown actors and non-finite positions", () => {
    expect(
      refused({ kind: "moveActors", moves: { ghost: { x: 1, y: 1 }, patron: { x: NaN, y: 0 } } }),
    ).toEqual([
      { path: "moves.ghost", message: "there is no actor 'ghost'" },
      { path: "moves.patron", message: "a position needs finite numbers x and y" },
    ]);
  });

  it("refuses a whole batch when one of its operations is invalid", () => {
    const problems = refused({
      kind: "batch",
      operations: [
        { kind: "deleteTie", id: "t-kin" },
        { kind: "addTie", record: { ...control, id: "t-kin", target: "ghost" } },
      ],
    });
    expect(problems).toEqual([
      { path: "target", message: "tie 't-kin' points to unknown actor 'ghost'", operation: 1 },
    ]);
    expect(refused({ kind: "batch", operations: [] })).toEqual([
      { path: "operations", message: "a batch needs at least one operation" },
    ]);
  });

  it("refuses an unknown operation kind (e.g. from a corrupted history)", () => {
    const op = { kind: "explode" } as unknown as Operation;
    expect(applyEdit(editWorkspace(), op)).toEqual({
      ok: false,
      problems: [{ path: "kind", message: "unknown operation 'explode'" }],
    });
  });
});
