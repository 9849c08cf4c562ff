/**
 * Applying an edit: check it, then produce the new workspace and the
 * operation that undoes it. A refused edit leaves the workspace as it was
 * and says why, so no invalid dataset is ever produced.
 */
import type { Batch, EditProblem, Operation } from "./operations.ts";
import { produce } from "./produce.ts";
import { checkOperation } from "./validate-edit.ts";
import type { Workspace } from "./workspace.ts";

export type EditResult =
  { ok: true; workspace: Workspace; inverse: Operation } | { ok: false; problems: EditProblem[] };

function applyBatch(workspace: Workspace, op: Batch): EditResult {
  if (!Array.isArray(op.operations) || op.operations.length === 0) {
    return {
      ok: false,
      problems: [{ path: "operations", message: "a batch needs at least one operation" }],
    };
  }
  let current = workspace;
  const inverses: Operation[] = [];
  for (const [index, sub] of op.operations.entries()) {
    const result = applyEdit(current, sub);
    if (!result.ok) {
      return { ok: false, problems: result.problems.map((p) => ({ ...p, operation: index })) };
    }
    current = result.workspace;
    inverses.unshift(result.inverse);
  }
  const label = op.label === undefined ? {} : { label: op.label };
  return {
    ok: true,
    workspace: current,
    inverse: { kind: "batch", ...label, operations: inverses },
  };
}

/** Applies `op` to `workspace` if the result is valid. Never mutates `workspace`. */
export function applyEdit(workspace: Workspace, op: Operation): EditResult {
  if (op.kind === "batch") return applyBatch(workspace, op);
  const problems = checkOperation(workspace, op);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, ...produce(workspace, op) };
}

/** The problems that would stop `op`; empty when it may be applied. */
export function validateEdit(workspace: Workspace, op: Operation): EditProblem[] {
  const result = applyEdit(workspace, op);
  return result.ok ? [] : result.problems;
}
