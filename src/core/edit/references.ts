/**
 * Who refers to what: the records citing a source or using a term, and the
 * rewriting of references when an id is renamed. Renames never merge: the
 * new id is checked to be unused first, so renaming back restores exactly.
 */
import type { Dataset, Evidence } from "../../../schema/index.ts";
import { recordLabel } from "./labels.ts";
import { mapShared } from "./lists.ts";
import type { TermList } from "./operations.ts";
import type { Positions, Workspace } from "./workspace.ts";

type WithEvidence = { evidence?: Evidence[] };
const CITING = ["actors", "ties", "events"] as const;

/** Labels of the records whose evidence cites source `id`. */
export function sourceUsers(dataset: Dataset, id: string): string[] {
  const users: string[] = [];
  for (const collection of CITING) {
    for (const record of dataset[collection] ?? []) {
      if (record.evidence?.some((e) => e.source === id)) {
        users.push(recordLabel(dataset, collection, record));
      }
    }
  }
  return users;
}

/** Labels of the actors (domains, roles) or ties (tie types) that use term `id`. */
export function termUsers(dataset: Dataset, list: TermList, id: string): string[] {
  if (list === "tieTypes") {
    return dataset.ties.filter((t) => t.type === id).map((t) => recordLabel(dataset, "ties", t));
  }
  return dataset.actors
    .filter((a) => a[list].includes(id))
    .map((a) => recordLabel(dataset, "actors", a));
}

const swap = (value: string, from: string, to: string) => (value === from ? to : value);

/** Ties, event participants and the position of actor `from` now refer to `to`. */
export function renameActorReferences(workspace: Workspace, from: string, to: string): Workspace {
  const { dataset } = workspace;
  const ties = mapShared(dataset.ties, (t) =>
    t.source === from || t.target === from
      ? { ...t, source: swap(t.source, from, to), target: swap(t.target, from, to) }
      : t,
  );
  const events =
    dataset.events &&
    mapShared(dataset.events, (e) =>
      e.participants?.some((p) => p.actor === from)
        ? {
            ...e,
            participants: e.participants.map((p) => ({ ...p, actor: swap(p.actor, from, to) })),
          }
        : e,
    );
  let positions = workspace.positions;
  if (from in positions) {
    positions = {};
    for (const [id, p] of Object.entries(workspace.positions)) positions[swap(id, from, to)] = p;
  }
  const next: Dataset = { ...dataset, ties };
  if (events) next.events = events;
  return { dataset: next, positions: positions as Positions };
}

/** Evidence citing source `from` now cites `to`. */
export function renameSourceReferences(dataset: Dataset, from: string, to: string): Dataset {
  const recite = <T extends WithEvidence>(record: T): T =>
    record.evidence?.some((e) => e.source === from)
      ? {
          ...record,
          evidence: record.evidence.map((e) => ({ ...e, source: swap(e.source, from, to) })),
        }
      : record;
  const next: Dataset = {
    ...dataset,
    actors: mapShared(dataset.actors, recite),
    ties: mapShared(dataset.ties, recite),
  };
  if (dataset.events) next.events = mapShared(dataset.events, recite);
  return next;
}

/** Actors' domains or roles, or ties' types, equal to `from` become `to`. */
export function renameTermReferences(
  dataset: Dataset,
  list: TermList,
  from: string,
  to: string,
): Dataset {
  if (list === "tieTypes") {
    return {
      ...dataset,
      ties: mapShared(dataset.ties, (t) => (t.type === from ? { ...t, type: to } : t)),
    };
  }
  const actors = mapShared(dataset.actors, (a) =>
    a[list].includes(from) ? { ...a, [list]: a[list].map((v) => swap(v, from, to)) } : a,
  );
  return { ...dataset, actors };
}
