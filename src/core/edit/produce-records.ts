/**
 * Producers for actors, ties, sources and events: add, update (with
 * renames) and delete. Unchecked: validate-edit.ts runs first. Each returns
 * the new workspace and the operation that restores the old one exactly.
 */
import type { Dataset, TamyrEvent } from "../../../schema/index.ts";
import { indexOfId, insertAt, mapShared, removeAt, replaceRecord, validIndex } from "./lists.ts";
import {
  RECORD_KINDS,
  type AnyRecord,
  type Operation,
  type RecordCollection,
} from "./operations.ts";
import { renameActorReferences, renameSourceReferences } from "./references.ts";
import type { Position, Workspace } from "./workspace.ts";

export interface Produced {
  workspace: Workspace;
  inverse: Operation;
}

/** Thrown when an unchecked producer is asked for a record that does not exist. */
export class EditError extends Error {}

export function recordList(
  dataset: Dataset,
  c: RecordCollection,
): readonly AnyRecord[] | undefined {
  return dataset[c];
}

function withList(dataset: Dataset, c: RecordCollection, list: AnyRecord[] | undefined): Dataset {
  const next: Record<string, unknown> = { ...dataset };
  if (list === undefined) delete next[c];
  else next[c] = list;
  return next as Dataset;
}

function requireIndex(dataset: Dataset, c: RecordCollection, id: string): number {
  const i = indexOfId(recordList(dataset, c), id);
  if (i < 0) throw new EditError(`no ${RECORD_KINDS[c].noun} '${id}'`);
  return i;
}

export function addRecord(
  workspace: Workspace,
  c: RecordCollection,
  record: AnyRecord,
  index?: number,
  position?: Position,
): Produced {
  const list = recordList(workspace.dataset, c);
  if (index !== undefined && !validIndex(index, list?.length ?? 0, false)) {
    throw new EditError(`no ${RECORD_KINDS[c].noun} position ${index}`);
  }
  const dataset = withList(workspace.dataset, c, insertAt(list ?? [], record, index));
  const positions =
    c === "actors" && position
      ? { ...workspace.positions, [record.id]: { x: position.x, y: position.y } }
      : workspace.positions;
  const prune = list === undefined ? { prune: true } : {};
  const inverse = { kind: RECORD_KINDS[c].delete, id: record.id, ...prune } as Operation;
  return { workspace: { dataset, positions }, inverse };
}

export function updateRecord(
  workspace: Workspace,
  c: RecordCollection,
  id: string,
  record: AnyRecord,
): Produced {
  const i = requireIndex(workspace.dataset, c, id);
  const list = recordList(workspace.dataset, c)!;
  let next: Workspace = {
    ...workspace,
    dataset: withList(workspace.dataset, c, replaceRecord(list, i, record)),
  };
  if (record.id !== id && c === "actors") next = renameActorReferences(next, id, record.id);
  if (record.id !== id && c === "sources") {
    next = { ...next, dataset: renameSourceReferences(next.dataset, id, record.id) };
  }
  const inverse = { kind: RECORD_KINDS[c].update, id: record.id, record: list[i] } as Operation;
  return { workspace: next, inverse };
}

export function deleteRecord(
  workspace: Workspace,
  c: RecordCollection,
  id: string,
  prune = false,
): Produced {
  if (c === "actors") return deleteActor(workspace, id);
  const i = requireIndex(workspace.dataset, c, id);
  const list = recordList(workspace.dataset, c)!;
  const rest = removeAt(list, i);
  const dataset = withList(workspace.dataset, c, prune && rest.length === 0 ? undefined : rest);
  const inverse = { kind: RECORD_KINDS[c].add, record: list[i], index: i } as Operation;
  return { workspace: { ...workspace, dataset }, inverse };
}

function withoutParticipant(event: TamyrEvent, id: string): TamyrEvent {
  const participants = event.participants!.filter((p) => p.actor !== id);
  const next: TamyrEvent = { ...event, participants };
  if (participants.length === 0) delete next.participants;
  return next;
}

/** Deletes an actor with its ties, its event participations and its position. */
function deleteActor(workspace: Workspace, id: string): Produced {
  const { dataset } = workspace;
  const i = requireIndex(dataset, "actors", id);
  const actor = dataset.actors[i]!;
  const restore: Operation[] = [];
  const position = workspace.positions[id];
  restore.push({ kind: "addActor", record: actor, index: i, ...(position ? { position } : {}) });

  const ties = dataset.ties.filter((tie, j) => {
    const touches = tie.source === id || tie.target === id;
    if (touches) restore.push({ kind: "addTie", record: tie, index: j });
    return !touches;
  });
  const next: Dataset = { ...dataset, actors: removeAt(dataset.actors, i), ties };
  if (dataset.events) {
    next.events = mapShared(dataset.events, (event) => {
      if (!event.participants?.some((p) => p.actor === id)) return event;
      restore.push({ kind: "updateEvent", id: event.id, record: event });
      return withoutParticipant(event, id);
    });
  }
  let positions = workspace.positions;
  if (position) {
    positions = { ...positions };
    delete positions[id];
  }
  const inverse: Operation =
    restore.length === 1 ? restore[0]! : { kind: "batch", operations: restore };
  return { workspace: { dataset: next, positions }, inverse };
}
