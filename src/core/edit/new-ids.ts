/**
 * Ids for new records and terms, made from what the curator typed:
 * `Bolat Nazarbayev` → `bolat-nazarbayev`, then `bolat-nazarbayev-2`…;
 * Cyrillic (Russian, Kazakh) is transliterated, so `Болат` → `bolat`.
 */
import { resolveVocabulary, type Dataset, type Tie } from "../../../schema/index.ts";
import { slugify } from "../formats/ids.ts";
import { idIndex } from "./lists.ts";
import {
  RECORD_KINDS,
  type AnyRecord,
  type RecordCollection,
  type TermList,
} from "./operations.ts";

const MAX_SLUG = 120;

/** A slug of `text` that `taken` does not hold; `fallback` when the text gives no slug. */
export function uniqueId(text: string, taken: (id: string) => boolean, fallback: string): string {
  const base = slugify(text) || fallback;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, "") + suffix;
    if (!taken(candidate)) return candidate;
  }
}

/** A fresh id for a new actor, tie, source or event named `text`. */
export function newRecordId(dataset: Dataset, collection: RecordCollection, text: string): string {
  const list: readonly AnyRecord[] = dataset[collection] ?? [];
  const ids = idIndex(list);
  return uniqueId(text, (id) => ids.has(id), RECORD_KINDS[collection].noun);
}

/** A fresh id for a tie: `source-type-target`, e.g. `bolat-nazarbayev-control-almaty-bazaars`. */
export function newTieId(dataset: Dataset, tie: Pick<Tie, "source" | "type" | "target">): string {
  return newRecordId(dataset, "ties", `${tie.source} ${tie.type} ${tie.target}`);
}

/** A fresh id for a new term, unused by the dataset's terms and the built-in ones. */
export function newTermId(dataset: Dataset, list: TermList, label: string): string {
  const ids = new Set(resolveVocabulary(dataset.vocabulary)[list].map((t) => t.id));
  for (const t of dataset.vocabulary?.[list] ?? []) ids.add(t.id);
  return uniqueId(label, (id) => ids.has(id), list === "tieTypes" ? "tie-type" : list.slice(0, -1));
}
