/**
 * Applies an operation without checking it: the dispatcher over the
 * producers. Use applyEdit (apply.ts), which validates first; this is for
 * replaying operations already known to be valid and for tests.
 */
import type { Operation } from "./operations.ts";
import { produceEvidence } from "./produce-evidence.ts";
import { addRecord, deleteRecord, updateRecord, type Produced } from "./produce-records.ts";
import { produceVocabulary, setVocabulary } from "./produce-vocabulary.ts";
import type { Position, Positions, Workspace } from "./workspace.ts";

export type { Produced } from "./produce-records.ts";

function moveActors(workspace: Workspace, moves: Record<string, Position | null>): Produced {
  const positions: Positions = { ...workspace.positions };
  const back: Record<string, Position | null> = {};
  for (const [id, position] of Object.entries(moves)) {
    back[id] = Object.hasOwn(workspace.positions, id) ? workspace.positions[id]! : null;
    if (position === null) delete positions[id];
    else positions[id] = { x: position.x, y: position.y };
  }
  return {
    workspace: { ...workspace, positions },
    inverse: { kind: "moveActors", moves: back },
  };
}

function batch(workspace: Workspace, operations: Operation[], label?: string): Produced {
  let current = workspace;
  const inverses: Operation[] = [];
  for (const op of operations) {
    const produced = produce(current, op);
    current = produced.workspace;
    inverses.unshift(produced.inverse);
  }
  const named = label === undefined ? {} : { label };
  return { workspace: current, inverse: { kind: "batch", ...named, operations: inverses } };
}

export function produce(workspace: Workspace, op: Operation): Produced {
  switch (op.kind) {
    case "addActor":
      return addRecord(workspace, "actors", op.record, op.index, op.position);
    case "addTie":
      return addRecord(workspace, "ties", op.record, op.index);
    case "addSource":
      return addRecord(workspace, "sources", op.record, op.index);
    case "addEvent":
      return addRecord(workspace, "events", op.record, op.index);
    case "updateActor":
      return updateRecord(workspace, "actors", op.id, op.record);
    case "updateTie":
      return updateRecord(workspace, "ties", op.id, op.record);
    case "updateSource":
      return updateRecord(workspace, "sources", op.id, op.record);
    case "updateEvent":
      return updateRecord(workspace, "events", op.id, op.record);
    case "deleteActor":
      return deleteRecord(workspace, "actors", op.id);
    case "deleteTie":
      return deleteRecord(workspace, "ties", op.id);
    case "deleteSource":
      return deleteRecord(workspace, "sources", op.id, op.prune);
    case "deleteEvent":
      return deleteRecord(workspace, "events", op.id, op.prune);
    case "addEvidence":
    case "updateEvidence":
    case "removeEvidence":
      return produceEvidence(workspace, op);
    case "addTerm":
    case "updateTerm":
    case "deleteTerm":
    case "setVocabularyBase":
      return produceVocabulary(workspace, op);
    case "setVocabulary":
      return setVocabulary(workspace, op.vocabulary);
    case "setMeta":
      return {
        workspace: { ...workspace, dataset: { ...workspace.dataset, meta: op.meta } },
        inverse: { kind: "setMeta", meta: workspace.dataset.meta },
      };
    case "setNarratives": {
      const { narratives: previous, ...rest } = workspace.dataset;
      const dataset = op.narratives?.length ? { ...rest, narratives: op.narratives } : rest;
      return {
        workspace: { ...workspace, dataset },
        inverse: { kind: "setNarratives", narratives: previous ?? null },
      };
    }
    case "moveActors":
      return moveActors(workspace, op.moves);
    case "batch":
      return batch(workspace, op.operations, op.label);
  }
}
