/**
 * Merging consecutive operations into one undo step: moves of actors (a
 * drag sends one per frame), and successive edits of the same record, term,
 * evidence item or meta (typing in a form field). The merged step keeps the
 * first operation's undo, so one undo returns to before the first.
 */
import type { Operation } from "./operations.ts";

export interface Step {
  op: Operation;
  inverse: Operation;
}

type WithId = { kind: string; id: string; record?: { id: string }; term?: { id: string } };

/** True for an update that keeps its id (renames are never merged). */
function sameIdUpdate(op: WithId): boolean {
  const next = op.record ?? op.term;
  return next !== undefined && next.id === op.id;
}

function sameTarget(a: Operation, b: Operation): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "moveActors":
    case "setMeta":
      return true;
    case "updateActor":
    case "updateTie":
    case "updateSource":
    case "updateEvent":
    case "updateTerm": {
      const other = b as WithId;
      const sameList = a.kind !== "updateTerm" || a.list === (b as typeof a).list;
      return sameList && a.id === other.id && sameIdUpdate(a) && sameIdUpdate(other);
    }
    case "updateEvidence": {
      const other = b as typeof a;
      return (
        a.owner.collection === other.owner.collection &&
        a.owner.id === other.owner.id &&
        a.index === other.index
      );
    }
    default:
      return false;
  }
}

/** The single step doing `first` then `next`, or null when they do not merge. */
export function mergeSteps(first: Step, next: Step): Step | null {
  if (!sameTarget(first.op, next.op)) return null;
  if (first.op.kind === "moveActors" && next.op.kind === "moveActors") {
    const back = first.inverse.kind === "moveActors" ? first.inverse.moves : {};
    const nextBack = next.inverse.kind === "moveActors" ? next.inverse.moves : {};
    return {
      op: { kind: "moveActors", moves: { ...first.op.moves, ...next.op.moves } },
      // the earlier position wins: it is where the actor was before the first move
      inverse: { kind: "moveActors", moves: { ...nextBack, ...back } },
    };
  }
  return { op: next.op, inverse: first.inverse };
}
