/**
 * The change log: one human-readable line per applied, undone or redone
 * operation, stamped by an injected clock — the start of a reproducible
 * research log ("Undid: Deleted actor 'X' (and 3 ties)").
 */
import { describeOperation } from "./describe.ts";
import type { Operation, OperationKind } from "./operations.ts";
import type { Workspace } from "./workspace.ts";

export type ChangeKind = "applied" | "undone" | "redone";

export interface ChangeLogEntry {
  /** ISO 8601 timestamp from the injected clock. */
  at: string;
  kind: ChangeKind;
  /** The kind of the operation applied, undone or redone. */
  operation: OperationKind;
  summary: string;
}

const PREFIX: Record<ChangeKind, string> = { applied: "", undone: "Undid: ", redone: "Redid: " };

/**
 * The entry for `op`. `beforeOp` is the workspace the operation itself
 * applies to: for an undo, that is the workspace after the undo.
 */
export function changeLogEntry(
  kind: ChangeKind,
  op: Operation,
  beforeOp: Workspace,
  now: Date,
): ChangeLogEntry {
  return {
    at: now.toISOString(),
    kind,
    operation: op.kind,
    summary: PREFIX[kind] + describeOperation(op, beforeOp),
  };
}

/**
 * The log with `entry` added. When the history merged the operation into
 * the previous step (`coalesced`), the entry replaces the last line, so a
 * drag is logged once.
 */
export function appendChangeLog(
  log: readonly ChangeLogEntry[],
  entry: ChangeLogEntry,
  coalesced = false,
): ChangeLogEntry[] {
  const last = log[log.length - 1];
  if (coalesced && last?.kind === entry.kind) return [...log.slice(0, -1), entry];
  return [...log, entry];
}

/** The log as text, one `timestamp  summary` line per entry. */
export function formatChangeLog(log: readonly ChangeLogEntry[]): string {
  return log.map((entry) => `${entry.at}  ${entry.summary}\n`).join("");
}
