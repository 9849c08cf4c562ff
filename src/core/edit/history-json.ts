/**
 * History to and from JSON, for persisting it across reloads. Reading
 * checks the shape only; each operation is checked again when undone or
 * redone, so a history that no longer fits the workspace refuses rather
 * than corrupts. Persist the history and the workspace together.
 */
import { z } from "zod";
import type { History } from "./history.ts";
import { OPERATION_KINDS, type OperationKind } from "./operations.ts";

const OperationShape = z.looseObject({
  kind: z.enum(OPERATION_KINDS as [OperationKind, ...OperationKind[]]),
});

const Entry = z.strictObject({
  op: OperationShape,
  inverse: OperationShape,
  summary: z.string(),
  at: z.string(),
  updatedAt: z.string(),
  coalesceKey: z.string().optional(),
});

const HistoryShape = z.strictObject({
  version: z.literal(1),
  cap: z.number().int().positive(),
  undo: z.array(Entry),
  redo: z.array(Entry),
  open: z.boolean(),
});

export function serializeHistory(history: History): string {
  return JSON.stringify(history);
}

/** The history in `text`, or null when it is not a history this version can read. */
export function deserializeHistory(text: string): History | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  return HistoryShape.safeParse(data).success ? (data as History) : null;
}
