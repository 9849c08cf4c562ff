/**
 * What the editor edits: the dataset plus the actors' positions on the
 * canvas. Positions live next to the dataset, not in it: the dataset file
 * stays a pure record of claims, while a drag is still one undoable step.
 */
import type { Dataset } from "../../../schema/index.ts";

export interface Position {
  x: number;
  y: number;
}

/** Canvas positions by actor id; an actor without one is placed by the layout. */
export type Positions = Record<string, Position>;

export interface Workspace {
  dataset: Dataset;
  positions: Positions;
}

/**
 * A workspace for a valid dataset. Positions of actors the dataset does not
 * hold (left over from an earlier layout) are dropped, so every position
 * belongs to an actor and an actor's deletion and its undo restore it exactly.
 */
export function workspaceOf(dataset: Dataset, positions: Positions = {}): Workspace {
  const ids = new Set(dataset.actors.map((actor) => actor.id));
  const kept: Positions = {};
  for (const [id, position] of Object.entries(positions)) {
    if (ids.has(id)) kept[id] = position;
  }
  return { dataset, positions: kept };
}
