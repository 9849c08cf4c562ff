/**
 * Properties over random operation sequences on small random datasets:
 * the dataset is valid at every step, undoing everything returns the
 * original, redoing everything returns the final state — also across a
 * JSON round trip of the history (a page reload). And the targeted
 * validation accepts exactly what the full Dataset schema accepts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import {
  applyWithHistory,
  canRedo,
  canUndo,
  createHistory,
  deserializeHistory,
  EditError,
  produce,
  redo,
  serializeHistory,
  undo,
  validateEdit,
  type History,
  type Operation,
  type Workspace,
} from "../../src/core/edit/index.ts";
import { termUsers } from "../../src/core/edit/references.ts";
import { operationFor, seedArbitrary, workspaceFrom, type Seed } from "./helpers/edit-arbitrary.ts";
import { deepFreeze } from "./helpers/edit-workspace.ts";

/** The dataset passes the schema, and every position belongs to an actor. */
const valid = (ws: Workspace) =>
  Dataset.safeParse(ws.dataset).success &&
  Object.keys(ws.positions).every((id) => ws.dataset.actors.some((a) => a.id === id));
const clock = () => new Date("2024-05-01T12:00:00Z");

/** Sometimes a batch of two operations, otherwise one. */
function operation(ws: Workspace, seed: Seed): Operation {
  if (seed.kind % 13 !== 0) return operationFor(ws, seed);
  const second = { ...seed, kind: seed.kind + seed.a, a: seed.b };
  return { kind: "batch", operations: [operationFor(ws, seed), operationFor(ws, second)] };
}

const reload = (history: History, ws: Workspace) => ({
  history: deserializeHistory(serializeHistory(history))!,
  ws: JSON.parse(JSON.stringify(ws)) as Workspace,
});

describe("random edit sequences", () => {
  it("stay valid, undo to the original and redo to the final state", () => {
    fc.assert(
      fc.property(
        fc.array(seedArbitrary, { maxLength: 40, size: "max" }),
        fc.array(seedArbitrary, { minLength: 1, maxLength: 40 }),
        (initial, seeds) => {
          const start = deepFreeze(workspaceFrom(initial));
          expect(valid(start)).toBe(true);
          let history = createHistory();
          let ws = start;
          const states = [start];
          for (const seed of seeds) {
            const result = applyWithHistory(history, ws, operation(ws, seed), { now: clock });
            if (!result.ok) continue;
            ({ history, workspace: ws } = result);
            deepFreeze(ws);
            expect(valid(ws)).toBe(true);
            states.push(ws);
          }
          const final = ws;
          ({ history, ws } = reload(history, ws));
          for (let i = states.length - 2; canUndo(history); i--) {
            const result = undo(history, ws, { now: clock });
            if (!result?.ok) throw new Error("undo refused");
            ({ history, workspace: ws } = result);
            expect(ws).toStrictEqual(states[i]);
          }
          expect(ws).toStrictEqual(start);
          ({ history, ws } = reload(history, ws));
          while (canRedo(history)) {
            const result = redo(history, ws, { now: clock });
            if (!result?.ok) throw new Error("redo refused");
            ({ history, workspace: ws } = result);
            expect(valid(ws)).toBe(true);
          }
          expect(ws).toStrictEqual(final);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Refusals the Dataset schema alone would not make, by design (see docs/editing.md). */
function refusedByDesign(ws: Workspace, op: Operation): boolean {
  // renaming a term onto an id records use would silently merge two terms
  return (
    op.kind === "updateTerm" &&
    op.term.id !== op.id &&
    termUsers(ws.dataset, op.list, op.term.id).length > 0
  );
}

describe("targeted validation", () => {
  it("accepts an operation exactly when the full Dataset schema accepts its result", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.array(seedArbitrary, { maxLength: 40, size: "max" }),
        seedArbitrary,
        (initial, seed) => {
          const ws = workspaceFrom(initial);
          const op = operationFor(ws, seed);
          const problems = validateEdit(ws, op);
          if (op.kind === "moveActors") {
            const known = Object.keys(op.moves).every((id) =>
              ws.dataset.actors.some((a) => a.id === id),
            );
            expect(problems.length === 0).toBe(known);
            return;
          }
          let result: Workspace;
          try {
            result = produce(ws, op).workspace;
          } catch (error) {
            if (!(error instanceof EditError)) throw error;
            expect(problems).not.toEqual([]); // it names a record, term or position that does not exist
            return;
          }
          if (refusedByDesign(ws, op)) {
            expect(problems).not.toEqual([]);
            return;
          }
          const schemaAccepts = Dataset.safeParse(result.dataset).success;
          expect(problems.length === 0, JSON.stringify({ op, problems })).toBe(schemaAccepts);
          if (schemaAccepts) accepted++;
          else refused++;
        },
      ),
      { numRuns: 2000 },
    );
    // both outcomes are exercised in earnest
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });
});
