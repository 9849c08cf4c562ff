/** Producers for evidence items on actors, ties and events. The undo restores the owner record as it was. */
import type { Evidence } from "../../../schema/index.ts";
import { findById, insertAt, removeAt, replaceAt, validIndex } from "./lists.ts";
import type {
  AddEvidence,
  EvidenceOwner,
  RecordTypes,
  RemoveEvidence,
  UpdateEvidence,
} from "./operations.ts";
import { EditError, updateRecord, type Produced } from "./produce-records.ts";
import type { Workspace } from "./workspace.ts";

export type EvidenceOperation = AddEvidence | UpdateEvidence | RemoveEvidence;
export type EvidenceOwnerRecord = RecordTypes[EvidenceOwner["collection"]];

export function findOwner(
  workspace: Workspace,
  owner: EvidenceOwner,
): EvidenceOwnerRecord | undefined {
  const list: readonly EvidenceOwnerRecord[] | undefined = workspace.dataset[owner.collection];
  return findById(list, owner.id);
}

/** The owner record after the operation; an emptied evidence list is dropped. */
export function withEvidence<T extends { evidence?: Evidence[] }>(
  record: T,
  op: EvidenceOperation,
): T {
  const list = record.evidence ?? [];
  const at = op.kind === "addEvidence" ? (op.index ?? list.length) : op.index;
  if (!validIndex(at, list.length, op.kind !== "addEvidence")) {
    throw new EditError(`no evidence position ${at}`);
  }
  let evidence: Evidence[];
  if (op.kind === "addEvidence") evidence = insertAt(list, op.item, op.index);
  else if (op.kind === "updateEvidence") evidence = replaceAt(list, op.index, op.item);
  else evidence = removeAt(list, op.index);
  const next: T = { ...record, evidence };
  if (evidence.length === 0) delete next.evidence;
  return next;
}

export function produceEvidence(workspace: Workspace, op: EvidenceOperation): Produced {
  const record = findOwner(workspace, op.owner);
  if (!record) throw new EditError(`no ${op.owner.collection} record '${op.owner.id}'`);
  return updateRecord(workspace, op.owner.collection, op.owner.id, withEvidence(record, op));
}
