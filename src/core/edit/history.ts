/**
 * Undo and redo over operations. A History is plain JSON (store it next to
 * the workspace, e.g. in IndexedDB, and undo still works after a reload).
 * All functions are pure: they return a new history and workspace.
 *
 * - Each applied operation is one step; a batch is one step.
 * - A new operation clears the redo stack.
 * - Operations sharing a `coalesceKey` within `coalesceWindowMs` of the
 *   previous one merge into one step (see coalesce.ts); an undo or redo
 *   closes the step.
 * - At most `cap` steps are kept (default 500); the oldest are forgotten.
 */
import { applyEdit } from "./apply.ts";
import { changeLogEntry, type ChangeLogEntry } from "./change-log.ts";
import { mergeSteps } from "./coalesce.ts";
import { describeOperation } from "./describe.ts";
import type { EditProblem, Operation } from "./operations.ts";
import { produce } from "./produce.ts";
import type { Workspace } from "./workspace.ts";

export const DEFAULT_HISTORY_CAP = 500;
export const DEFAULT_COALESCE_WINDOW_MS = 1000;

export interface HistoryEntry {
  op: Operation;
  inverse: Operation;
  /** What the step did, e.g. "Deleted actor 'X' (and 3 ties)", for undo/redo menus. */
  summary: string;
  /** When the step was first applied, and when an operation last merged into it (ISO 8601). */
  at: string;
  updatedAt: string;
  coalesceKey?: string;
}

export interface History {
  version: 1;
  cap: number;
  /** Oldest first; the last entry is undone next. */
  undo: HistoryEntry[];
  /** The last entry is redone next. */
  redo: HistoryEntry[];
  /** Whether the last undo entry may still absorb a coalescing operation. */
  open: boolean;
}

export interface HistoryOptions {
  /** The clock; defaults to the system clock. */
  now?: () => Date;
  /** Operations with the same key in quick succession merge into one step (e.g. `move:a,b`). */
  coalesceKey?: string;
  coalesceWindowMs?: number;
}

export type HistoryResult =
  | {
      ok: true;
      history: History;
      workspace: Workspace;
      log: ChangeLogEntry;
      /** True when the operation merged into the previous step (replace the last log line). */
      coalesced: boolean;
    }
  | { ok: false; problems: EditProblem[] };

export function createHistory(cap = DEFAULT_HISTORY_CAP): History {
  if (!Number.isInteger(cap) || cap < 1)
    throw new RangeError("history cap must be a positive integer");
  return { version: 1, cap, undo: [], redo: [], open: false };
}

export const canUndo = (history: History): boolean => history.undo.length > 0;
export const canRedo = (history: History): boolean => history.redo.length > 0;

/** Summary of the step the next undo (or redo) would revert (or repeat). */
export const undoSummary = (history: History): string | undefined => history.undo.at(-1)?.summary;
export const redoSummary = (history: History): string | undefined => history.redo.at(-1)?.summary;

function coalescable(history: History, key: string | undefined, now: Date, windowMs: number) {
  const top = history.undo.at(-1);
  if (!key || !history.open || !top || top.coalesceKey !== key) return undefined;
  return now.getTime() - Date.parse(top.updatedAt) <= windowMs ? top : undefined;
}

/** Applies `op` if valid and records it as a step (or merges it into the last step). */
export function applyWithHistory(
  history: History,
  workspace: Workspace,
  op: Operation,
  options: HistoryOptions = {},
): HistoryResult {
  const result = applyEdit(workspace, op);
  if (!result.ok) return result;
  const now = (options.now ?? (() => new Date()))();
  const at = now.toISOString();
  const log = changeLogEntry("applied", op, workspace, now);
  const top = coalescable(
    history,
    options.coalesceKey,
    now,
    options.coalesceWindowMs ?? DEFAULT_COALESCE_WINDOW_MS,
  );
  const merged = top && mergeSteps(top, { op, inverse: result.inverse });
  let undo: HistoryEntry[];
  if (top && merged) {
    const beforeFirst = produce(workspace, top.inverse).workspace;
    const summary = describeOperation(merged.op, beforeFirst);
    undo = [...history.undo.slice(0, -1), { ...top, ...merged, summary, updatedAt: at }];
    log.summary = summary;
  } else {
    const key = options.coalesceKey === undefined ? {} : { coalesceKey: options.coalesceKey };
    const entry: HistoryEntry = {
      op,
      inverse: result.inverse,
      summary: log.summary,
      at,
      updatedAt: at,
      ...key,
    };
    undo = [...history.undo, entry].slice(-history.cap);
  }
  return {
    ok: true,
    history: { ...history, undo, redo: [], open: true },
    workspace: result.workspace,
    log,
    coalesced: Boolean(merged),
  };
}

/** Reverts the last step; null when there is none. Refused (workspace unchanged) if it no longer applies. */
export function undo(
  history: History,
  workspace: Workspace,
  options: HistoryOptions = {},
): HistoryResult | null {
  const entry = history.undo.at(-1);
  if (!entry) return null;
  const result = applyEdit(workspace, entry.inverse);
  if (!result.ok) return result;
  const now = (options.now ?? (() => new Date()))();
  return {
    ok: true,
    history: {
      ...history,
      undo: history.undo.slice(0, -1),
      redo: [...history.redo, entry],
      open: false,
    },
    workspace: result.workspace,
    log: changeLogEntry("undone", entry.op, result.workspace, now),
    coalesced: false,
  };
}

/** Repeats the last undone step; null when there is none. */
export function redo(
  history: History,
  workspace: Workspace,
  options: HistoryOptions = {},
): HistoryResult | null {
  const entry = history.redo.at(-1);
  if (!entry) return null;
  const result = applyEdit(workspace, entry.op);
  if (!result.ok) return result;
  const now = (options.now ?? (() => new Date()))();
  // the redone step's inverse is recomputed, so it is exact for the workspace as it now is
  const redone: HistoryEntry = { ...entry, inverse: result.inverse };
  return {
    ok: true,
    history: {
      ...history,
      undo: [...history.undo, redone],
      redo: history.redo.slice(0, -1),
      open: false,
    },
    workspace: result.workspace,
    log: changeLogEntry("redone", entry.op, workspace, now),
    coalesced: false,
  };
}
