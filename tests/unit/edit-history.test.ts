/** Undo/redo history: steps, redo clearing, move coalescing, the cap, JSON persistence and the change log. */
import { describe, expect, it } from "vitest";
import {
  appendChangeLog,
  applyWithHistory,
  canRedo,
  canUndo,
  createHistory,
  DEFAULT_HISTORY_CAP,
  deserializeHistory,
  emptyWorkspace,
  redo,
  redoSummary,
  serializeHistory,
  undo,
  undoSummary,
  type ChangeLogEntry,
  type History,
  type HistoryOptions,
  type HistoryResult,
  type Operation,
  type Workspace,
} from "../../src/core/edit/index.ts";
import { editWorkspace } from "./helpers/edit-workspace.ts";

/** A clock the test moves by hand. */
function testClock(start = Date.parse("2024-05-01T12:00:00Z")) {
  let t = start;
  return { now: () => new Date(t), tick: (ms: number) => (t += ms) };
}

interface State {
  history: History;
  ws: Workspace;
  log: ChangeLogEntry[];
}

function step(state: State, result: HistoryResult | null): State {
  if (!result?.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return {
    history: result.history,
    ws: result.workspace,
    log: appendChangeLog(state.log, result.log, result.coalesced),
  };
}

function start(ws = editWorkspace(), history = createHistory()): State {
  return { history, ws, log: [] };
}

const apply = (s: State, op: Operation, options?: HistoryOptions) =>
  step(s, applyWithHistory(s.history, s.ws, op, options));
const move = (id: string, x: number): Operation => ({
  kind: "moveActors",
  moves: { [id]: { x, y: 0 } },
});

describe("undo and redo", () => {
  it("undoes and redoes steps, logging each", () => {
    const clock = testClock();
    const s0 = start();
    let s = apply(s0, { kind: "deleteActor", id: "patron" }, clock);
    expect(canUndo(s.history)).toBe(true);
    expect(canRedo(s.history)).toBe(false);
    expect(undoSummary(s.history)).toBe(
      "Deleted actor 'Bolat Nazarbayev' (and 3 ties; removed from 2 events)",
    );
    clock.tick(5000);
    s = step(s, undo(s.history, s.ws, clock));
    expect(s.ws).toStrictEqual(s0.ws);
    expect(canRedo(s.history)).toBe(true);
    expect(redoSummary(s.history)).toMatch(/^Deleted actor/);
    clock.tick(5000);
    s = step(s, redo(s.history, s.ws, clock));
    expect(s.ws.dataset.actors).toHaveLength(4);
    expect(s.log).toEqual([
      {
        at: "2024-05-01T12:00:00.000Z",
        kind: "applied",
        operation: "deleteActor",
        summary: "Deleted actor 'Bolat Nazarbayev' (and 3 ties; removed from 2 events)",
      },
      {
        at: "2024-05-01T12:00:05.000Z",
        kind: "undone",
        operation: "deleteActor",
        summary: "Undid: Deleted actor 'Bolat Nazarbayev' (and 3 ties; removed from 2 events)",
      },
      {
        at: "2024-05-01T12:00:10.000Z",
        kind: "redone",
        operation: "deleteActor",
        summary: "Redid: Deleted actor 'Bolat Nazarbayev' (and 3 ties; removed from 2 events)",
      },
    ]);
  });

  it("returns null when there is nothing to undo or redo", () => {
    const s = start();
    expect(undo(s.history, s.ws)).toBeNull();
    expect(redo(s.history, s.ws)).toBeNull();
  });

  it("clears the redo stack when a new operation is applied", () => {
    let s = apply(start(), { kind: "deleteTie", id: "t-kin" });
    s = step(s, undo(s.history, s.ws));
    expect(canRedo(s.history)).toBe(true);
    s = apply(s, { kind: "deleteTie", id: "t-rel" });
    expect(canRedo(s.history)).toBe(false);
  });

  it("records nothing for a refused operation", () => {
    const s = start();
    const result = applyWithHistory(s.history, s.ws, { kind: "deleteActor", id: "nobody" });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: "", message: "there is no actor 'nobody'" }],
    });
  });

  it("refuses an undo that no longer fits the workspace, changing nothing", () => {
    const s = apply(start(), { kind: "deleteActor", id: "police" });
    // a history persisted with a different workspace: re-adding 'police' would duplicate it
    const result = undo(s.history, editWorkspace());
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: "id", message: "id 'police' is already used by actor 'Police'", operation: 0 },
      ],
    });
  });
});

describe("coalescing", () => {
  it("merges a drag (moves with one key, in quick succession) into one step", () => {
    const clock = testClock();
    let s = start();
    const key = { coalesceKey: "drag:patron", ...clock };
    for (let x = 1; x <= 100; x++) {
      s = apply(s, move("patron", x), key);
      clock.tick(16);
    }
    expect(s.history.undo).toHaveLength(1);
    expect(s.ws.positions.patron).toEqual({ x: 100, y: 0 });
    expect(s.log).toHaveLength(1);
    expect(s.log[0]!.summary).toBe("Moved actor 'Bolat Nazarbayev'");
    s = step(s, undo(s.history, s.ws));
    expect(s.ws).toStrictEqual(editWorkspace());
  });

  it("merges group moves, restoring every actor's first position", () => {
    const clock = testClock();
    let s = start();
    const key = { coalesceKey: "drag:group", ...clock };
    s = apply(
      s,
      { kind: "moveActors", moves: { patron: { x: 1, y: 1 }, crowd: { x: 2, y: 2 } } },
      key,
    );
    s = apply(
      s,
      { kind: "moveActors", moves: { patron: { x: 3, y: 3 }, crowd: { x: 4, y: 4 } } },
      key,
    );
    expect(s.history.undo).toHaveLength(1);
    expect(s.history.undo[0]!.summary).toBe("Moved 2 actors");
    s = step(s, undo(s.history, s.ws));
    expect(s.ws.positions).toEqual(editWorkspace().positions);
    s = step(s, redo(s.history, s.ws));
    expect(s.ws.positions.crowd).toEqual({ x: 4, y: 4 });
  });

  it("merges typing in a form field into one step", () => {
    const clock = testClock();
    let s = start();
    const patron = s.ws.dataset.actors[0]!;
    for (const name of ["B", "Bo", "Bol", "Bola", "Bolat"]) {
      s = apply(
        s,
        { kind: "updateActor", id: "patron", record: { ...patron, name } },
        { coalesceKey: "patron.name", ...clock },
      );
      clock.tick(300);
    }
    expect(s.history.undo).toHaveLength(1);
    expect(undoSummary(s.history)).toBe("Edited actor 'Bolat' (name)");
    s = step(s, undo(s.history, s.ws));
    expect(s.ws.dataset.actors[0]!.name).toBe("Bolat Nazarbayev");
  });

  it("starts a new step after a pause, for another key, without a key, or after an undo", () => {
    const clock = testClock();
    let s = start();
    s = apply(s, move("patron", 1), { coalesceKey: "k", ...clock });
    clock.tick(2000); // longer than the default 1 s window
    s = apply(s, move("patron", 2), { coalesceKey: "k", ...clock });
    s = apply(s, move("patron", 3), { coalesceKey: "other", ...clock });
    s = apply(s, move("patron", 4), clock);
    s = apply(s, move("patron", 5), clock);
    expect(s.history.undo).toHaveLength(5);
    s = apply(s, move("crowd", 1), { coalesceKey: "c", ...clock });
    s = step(s, undo(s.history, s.ws, clock));
    s = apply(s, move("crowd", 2), { coalesceKey: "c", ...clock });
    s = apply(s, move("crowd", 3), { coalesceKey: "c", ...clock });
    expect(s.history.undo).toHaveLength(6);
  });

  it("never merges different kinds of operation", () => {
    const clock = testClock();
    let s = start();
    s = apply(s, move("patron", 1), { coalesceKey: "k", ...clock });
    s = apply(s, { kind: "deleteTie", id: "t-kin" }, { coalesceKey: "k", ...clock });
    expect(s.history.undo).toHaveLength(2);
  });
});

describe("cap", () => {
  it(`keeps ${DEFAULT_HISTORY_CAP} steps by default`, () => {
    expect(DEFAULT_HISTORY_CAP).toBe(500);
    let s = start();
    for (let x = 0; x < 510; x++) s = apply(s, move("patron", x));
    expect(s.history.undo).toHaveLength(500);
  });

  it("forgets the oldest steps beyond the cap", () => {
    let s = start(editWorkspace(), createHistory(3));
    for (let x = 1; x <= 5; x++) s = apply(s, move("patron", x));
    expect(s.history.undo).toHaveLength(3);
    while (canUndo(s.history)) s = step(s, undo(s.history, s.ws));
    expect(s.ws.positions.patron).toEqual({ x: 2, y: 0 });
  });

  it("refuses a cap that is not a positive whole number", () => {
    expect(() => createHistory(0)).toThrow(RangeError);
  });
});

describe("persistence", () => {
  it("survives a JSON round trip: undo and redo still work after a reload", () => {
    let s = start(emptyWorkspace());
    s = apply(s, {
      kind: "batch",
      label: "Added two actors",
      operations: [
        {
          kind: "addActor",
          record: { id: "a", name: "A", kind: "person", domains: ["state"], roles: ["official"] },
        },
        {
          kind: "addActor",
          record: { id: "b", name: "B", kind: "group", domains: ["crime"], roles: ["enforcer"] },
        },
      ],
    });
    s = apply(s, {
      kind: "addTie",
      record: { id: "a-b", source: "a", target: "b", type: "order", certainty: "claimed" },
    });
    s = step(s, undo(s.history, s.ws));
    const text = serializeHistory(s.history);
    const history = deserializeHistory(text)!;
    expect(history).toEqual(s.history);
    const ws = JSON.parse(JSON.stringify(s.ws)) as Workspace;
    let r = step({ history, ws, log: [] }, redo(history, ws));
    expect(r.ws.dataset.ties).toHaveLength(1);
    r = step(r, undo(r.history, r.ws));
    r = step(r, undo(r.history, r.ws));
    expect(r.ws).toStrictEqual(emptyWorkspace());
    expect(r.log.map((e) => e.summary)).toEqual([
      "Redid: Added tie 'A —order→ B' (claimed)",
      "Undid: Added tie 'A —order→ B' (claimed)",
      "Undid: Added two actors",
    ]);
  });

  it("rejects text that is not a history", () => {
    expect(deserializeHistory("not json")).toBeNull();
    expect(deserializeHistory('{"version":2,"cap":5,"undo":[],"redo":[],"open":false}')).toBeNull();
    const bad = {
      ...createHistory(),
      undo: [
        { op: { kind: "explode" }, inverse: { kind: "batch" }, summary: "", at: "", updatedAt: "" },
      ],
    };
    expect(deserializeHistory(JSON.stringify(bad))).toBeNull();
  });
});
