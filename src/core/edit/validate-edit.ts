/**
 * Checks an operation against the workspace it would apply to, at the cost
 * of the records it touches: the result must pass the Dataset schema, with
 * its cross-references. Assumes the workspace's dataset is valid (as every
 * dataset loaded by parseDataset or built by these edits is).
 */
import { z } from "zod";
import { crossReference, Meta, Narrative, type Dataset } from "../../../schema/index.ts";
import { formatPath } from "../dataset/problems.ts";
import { checkRecord, schemaProblems } from "./check-record.ts";
import { listNames, recordLabel } from "./labels.ts";
import { findById, validIndex } from "./lists.ts";
import {
  RECORD_KINDS,
  recordKind,
  type AnyRecord,
  type Batch,
  type EditProblem,
  type Operation,
} from "./operations.ts";
import { findOwner, withEvidence, type EvidenceOperation } from "./produce-evidence.ts";
import { sourceUsers } from "./references.ts";
import { checkVocabularyOperation } from "./validate-vocabulary.ts";
import type { Position, Workspace } from "./workspace.ts";

const one = (path: string, message: string): EditProblem[] => [{ path, message }];

function isPosition(value: unknown): value is Position {
  const p = value as Position | null;
  return typeof p === "object" && p !== null && Number.isFinite(p.x) && Number.isFinite(p.y);
}

function checkMoves(dataset: Dataset, moves: Record<string, unknown>): EditProblem[] {
  if (typeof moves !== "object" || moves === null) return one("moves", "expected an object");
  const problems: EditProblem[] = [];
  for (const [id, position] of Object.entries(moves)) {
    const path = formatPath(["moves", id]);
    if (!findById(dataset.actors, id))
      problems.push({ path, message: `there is no actor '${id}'` });
    else if (position !== null && !isPosition(position)) {
      problems.push({ path, message: "a position needs finite numbers x and y" });
    }
  }
  return problems;
}

function checkEvidence(workspace: Workspace, op: EvidenceOperation): EditProblem[] {
  const collections = ["actors", "ties", "events"];
  if (!collections.includes(op.owner?.collection))
    return one("owner", "must name an actor, tie or event");
  const owner = findOwner(workspace, op.owner);
  if (!owner) return one("", `there is no ${op.owner.collection} record '${op.owner.id}'`);
  const length = owner.evidence?.length ?? 0;
  const at = op.kind === "addEvidence" ? (op.index ?? length) : op.index;
  if (!validIndex(at, length, op.kind !== "addEvidence"))
    return one("index", "is outside the list");
  if (op.kind === "removeEvidence") return [];
  const prefix = `evidence[${at}]`;
  const next = withEvidence(owner, op);
  return checkRecord(workspace.dataset, op.owner.collection, next, owner.id).map((p) =>
    p.path === prefix || p.path.startsWith(`${prefix}.`)
      ? { ...p, path: p.path.slice(prefix.length + 1) }
      : p,
  );
}

function checkRecordOperation(workspace: Workspace, op: Operation): EditProblem[] {
  const { verb, collection } = recordKind(op.kind)!;
  const { dataset } = workspace;
  const list: readonly AnyRecord[] | undefined = dataset[collection];
  const noun = RECORD_KINDS[collection].noun;
  if (verb === "add") {
    const { index, record } = op as { index?: number; record: unknown };
    if (index !== undefined && !validIndex(index, list?.length ?? 0, false)) {
      return one("index", "is outside the list");
    }
    const position = op.kind === "addActor" ? op.position : undefined;
    if (position !== undefined && !isPosition(position)) {
      return one("position", "a position needs finite numbers x and y");
    }
    return checkRecord(dataset, collection, record);
  }
  const { id } = op as { id: string };
  const current = findById(list, id);
  if (!current) return one("", `there is no ${noun} '${id}'`);
  if (verb === "update")
    return checkRecord(dataset, collection, (op as { record: unknown }).record, id);
  if (collection !== "sources") return [];
  const users = sourceUsers(dataset, id);
  if (users.length === 0) return [];
  const label = recordLabel(dataset, collection, current);
  return one("", `${label} is still cited by ${listNames(users)}; remove that evidence first`);
}

/** Problems that stop `op` (not a batch; see validateEdit) from applying; empty when it may. */
export function checkOperation(workspace: Workspace, op: Exclude<Operation, Batch>): EditProblem[] {
  if (recordKind(op.kind)) return checkRecordOperation(workspace, op);
  switch (op.kind) {
    case "addEvidence":
    case "updateEvidence":
    case "removeEvidence":
      return checkEvidence(workspace, op);
    case "addTerm":
    case "updateTerm":
    case "deleteTerm":
    case "setVocabularyBase":
    case "setVocabulary":
      return checkVocabularyOperation(workspace.dataset, op);
    case "setMeta":
      return schemaProblems(Meta, op.meta);
    case "setNarratives":
      return checkNarratives(workspace, op.narratives);
    case "moveActors":
      return checkMoves(workspace.dataset, op.moves);
    default:
      return one("kind", `unknown operation '${String((op as { kind: unknown }).kind)}'`);
  }
}

/** Narratives must match their schema and name only ids that exist in the dataset. */
function checkNarratives(workspace: Workspace, narratives: Narrative[] | null): EditProblem[] {
  if (!narratives) return [];
  const parsed = z.array(Narrative).safeParse(narratives);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
  }
  return crossReference({ ...workspace.dataset, narratives })
    .filter((issue) => issue.path[0] === "narratives")
    .map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
