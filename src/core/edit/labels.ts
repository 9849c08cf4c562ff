/** How records and terms are named to people: in refusal messages and in the change log. */
import { resolveVocabulary, type Dataset, type Tie } from "../../../schema/index.ts";
import { findById } from "./lists.ts";
import {
  RECORD_KINDS,
  TERM_NOUNS,
  type AnyRecord,
  type RecordCollection,
  type TermList,
} from "./operations.ts";

export function quote(text: string): string {
  return `'${text}'`;
}

/** An actor's name, or its id when the dataset does not hold it. */
export function actorName(dataset: Dataset, id: string): string {
  return findById(dataset.actors, id)?.name ?? id;
}

/** `Bolat Nazarbayev —control→ Almaty bazaars`, or `A —kinship— B` for an undirected tie. */
export function tieText(dataset: Dataset, tie: Tie): string {
  const type = resolveVocabulary(dataset.vocabulary).tieTypes.find((t) => t.id === tie.type);
  const directed = tie.directed ?? type?.directed ?? true;
  const from = actorName(dataset, tie.source);
  const to = actorName(dataset, tie.target);
  return `${from} —${tie.type}${directed ? "→" : "—"} ${to}`;
}

/** The words a person would use for a record: a name, a title or a tie's ends. */
export function recordText(
  dataset: Dataset,
  collection: RecordCollection,
  record: AnyRecord,
): string {
  if (collection === "ties") return tieText(dataset, record as Tie);
  if ("name" in record) return record.name;
  if ("title" in record) return record.title;
  return record.id;
}

/** `actor 'Bolat Nazarbayev'`, `tie 'A —control→ B'`. */
export function recordLabel(
  dataset: Dataset,
  collection: RecordCollection,
  record: AnyRecord,
): string {
  return `${RECORD_KINDS[collection].noun} ${quote(recordText(dataset, collection, record))}`;
}

/** `domain 'Markets / trade'` (the term's label, or its id when unknown). */
export function termLabel(dataset: Dataset, list: TermList, id: string): string {
  const term = resolveVocabulary(dataset.vocabulary)[list].find((t) => t.id === id);
  return `${TERM_NOUNS[list]} ${quote(term?.label ?? id)}`;
}

/** `a, b and 3 more` — at most `max` names. */
export function listNames(names: string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length > max) return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** `1 tie`, `3 ties`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
