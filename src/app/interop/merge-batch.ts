/**
 * A merge as one undoable workspace edit. mergeDatasets decides what the
 * merged dataset is (collisions skipped or renamed, never overwritten);
 * this turns the difference between the workspace and that result into a
 * single `batch`: the vocabulary (one setVocabulary, when terms were added),
 * then the added sources, actors, ties and events, in that order so every
 * step leaves the dataset valid. Undo takes the whole merge back.
 *
 * Not carried: narratives (there is no edit that adds one) and imported
 * positions (they come from another layout; added actors are placed by the
 * graph like new ones). Both are reported to the user.
 */
import type { Dataset } from "../../../schema/index.ts";
import type { Batch, Operation } from "../../core/edit/index.ts";

export interface MergePlan {
  operation: Batch | null;
  added: { terms: boolean; sources: number; actors: number; ties: number; events: number };
  narrativesLeftOut: number;
}

function newOnes<T extends { id: string }>(
  current: readonly T[] | undefined,
  merged: readonly T[] | undefined,
): T[] {
  const have = new Set((current ?? []).map((r) => r.id));
  return (merged ?? []).filter((r) => !have.has(r.id));
}

export function mergePlan(current: Dataset, merged: Dataset, label: string): MergePlan {
  const operations: Operation[] = [];
  const terms =
    JSON.stringify(current.vocabulary ?? null) !== JSON.stringify(merged.vocabulary ?? null);
  if (terms) operations.push({ kind: "setVocabulary", vocabulary: merged.vocabulary ?? null });
  const sources = newOnes(current.sources, merged.sources);
  const actors = newOnes(current.actors, merged.actors);
  const ties = newOnes(current.ties, merged.ties);
  const events = newOnes(current.events, merged.events);
  for (const record of sources) operations.push({ kind: "addSource", record });
  for (const record of actors) operations.push({ kind: "addActor", record });
  for (const record of ties) operations.push({ kind: "addTie", record });
  for (const record of events) operations.push({ kind: "addEvent", record });
  return {
    operation: operations.length > 0 ? { kind: "batch", label, operations } : null,
    added: {
      terms,
      sources: sources.length,
      actors: actors.length,
      ties: ties.length,
      events: events.length,
    },
    narrativesLeftOut: newOnes(current.narratives, merged.narratives).length,
  };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "3 actors, 2 ties and 1 source", or "nothing". */
export function describeAdded(added: MergePlan["added"]): string {
  const parts = [
    added.actors && count(added.actors, "actor"),
    added.ties && count(added.ties, "tie"),
    added.sources && count(added.sources, "source"),
    added.events && count(added.events, "event"),
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return added.terms ? "vocabulary terms" : "nothing";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
