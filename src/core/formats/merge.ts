/**
 * Adding an imported dataset to the current one.
 *
 * Records (sources, actors, ties, events) and the dataset's own vocabulary
 * terms (domains, roles, tie types) are matched by id. A record whose id is
 * new is added. The same id with identical content is not a conflict: the
 * record is already there. The same id with different content is a
 * collision, never silently overwritten; the caller chooses:
 * - "skip": keep the current record and drop the incoming one (incoming
 *   records that referred to it now refer to the current one);
 * - "rename": give the incoming record a new id (`<id>-imported`,
 *   `<id>-imported-2`…) and rewrite every reference to it in the incoming
 *   dataset;
 * - "abort": change nothing and report the collisions.
 * Narratives are records too (renames are rewritten in their steps). The
 * current meta is kept; saved positions of added actors are added. Vocabulary
 * terms the incoming records use but the current dataset lacks (e.g. when it
 * has `base: "none"`) are added.
 */
import {
  Dataset,
  resolveVocabulary,
  type Evidence,
  type Vocabulary,
} from "../../../schema/index.ts";

export type ConflictPolicy = "skip" | "rename" | "abort";

export type Collection =
  | "sources"
  | "actors"
  | "ties"
  | "events"
  | "narratives"
  | "vocabulary.domains"
  | "vocabulary.roles"
  | "vocabulary.tieTypes";

export interface Collision {
  collection: Collection;
  id: string;
  /** What was done: the incoming record skipped, renamed (to `renamedTo`), or nothing (abort). */
  resolution: "skipped" | "renamed" | "aborted";
  renamedTo?: string;
}

export interface MergeResult {
  /** The merged dataset; null when aborted or when the merge would be invalid. */
  dataset: Dataset | null;
  collisions: Collision[];
  /** Records present in both with identical content (not conflicts). */
  identical: { collection: Collection; id: string }[];
  added: Record<Collection, number>;
  /** Why the merged dataset is invalid, if it is (should not happen). */
  problems: string[];
}

type WithId = { id: string };

/** JSON with object keys sorted at every level, so that key order does not matter. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function same(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function freshId(id: string, taken: Set<string>): string {
  const base = id.slice(0, 110).replace(/-+$/, "");
  let candidate = `${base}-imported`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-imported-${n}`;
  return candidate;
}

/** Renames ids throughout the incoming dataset. */
function rewrite(incoming: Dataset, collection: Collection, from: string, to: string): void {
  const ev = (items: { evidence?: Evidence[] }[] | undefined) => {
    for (const item of items ?? [])
      for (const e of item.evidence ?? []) if (e.source === from) e.source = to;
  };
  const swap = (list: string[]) => list.map((x) => (x === from ? to : x));
  switch (collection) {
    case "sources":
      ev(incoming.actors);
      ev(incoming.ties);
      ev(incoming.events);
      break;
    case "actors":
      for (const t of incoming.ties) {
        if (t.source === from) t.source = to;
        if (t.target === from) t.target = to;
      }
      for (const e of incoming.events ?? [])
        for (const p of e.participants ?? []) if (p.actor === from) p.actor = to;
      if (incoming.layout?.positions[from]) {
        incoming.layout.positions[to] = incoming.layout.positions[from]!;
        delete incoming.layout.positions[from];
      }
      break;
    case "vocabulary.domains":
      for (const a of incoming.actors) a.domains = swap(a.domains);
      break;
    case "vocabulary.roles":
      for (const a of incoming.actors) a.roles = swap(a.roles);
      break;
    case "vocabulary.tieTypes":
      for (const t of incoming.ties) if (t.type === from) t.type = to;
      break;
    default:
      break;
  }
  rewriteNarratives(incoming, collection, from, to);
}

/** Renames ids in the incoming narratives' step views. */
function rewriteNarratives(
  incoming: Dataset,
  collection: Collection,
  from: string,
  to: string,
): void {
  const swap = (list: string[] | undefined) => list?.map((x) => (x === from ? to : x));
  const lists: Partial<
    Record<
      Collection,
      "highlightActors" | "highlightTies" | "hiddenDomains" | "hiddenRoles" | "hiddenTieTypes"
    >
  > = {
    actors: "highlightActors",
    ties: "highlightTies",
    "vocabulary.domains": "hiddenDomains",
    "vocabulary.roles": "hiddenRoles",
    "vocabulary.tieTypes": "hiddenTieTypes",
  };
  const selected = { actors: "actor", ties: "tie", events: "event" } as Partial<
    Record<Collection, string>
  >;
  for (const narrative of incoming.narratives ?? []) {
    for (const { view } of narrative.steps) {
      const key = lists[collection];
      if (key && view[key]) view[key] = swap(view[key]);
      if (collection === "actors" && view.focus?.actor === from) view.focus.actor = to;
      if (
        view.selection &&
        view.selection.kind === selected[collection] &&
        view.selection.id === from
      ) {
        view.selection.id = to;
      }
    }
  }
}

function list(dataset: Dataset, collection: Collection): WithId[] {
  switch (collection) {
    case "vocabulary.domains":
      return dataset.vocabulary?.domains ?? [];
    case "vocabulary.roles":
      return dataset.vocabulary?.roles ?? [];
    case "vocabulary.tieTypes":
      return dataset.vocabulary?.tieTypes ?? [];
    default:
      return (dataset[collection] as WithId[] | undefined) ?? [];
  }
}

const ORDER: Collection[] = [
  "vocabulary.domains",
  "vocabulary.roles",
  "vocabulary.tieTypes",
  "sources",
  "actors",
  "ties",
  "events",
  "narratives",
];

/** Collisions only (same id, different content), without merging. */
export function findCollisions(
  current: Dataset,
  incoming: Dataset,
): { collection: Collection; id: string }[] {
  const out: { collection: Collection; id: string }[] = [];
  for (const collection of ORDER) {
    const mine = new Map(list(current, collection).map((r) => [r.id, r] as const));
    for (const record of list(incoming, collection)) {
      const existing = mine.get(record.id);
      if (existing && !same(existing, record)) out.push({ collection, id: record.id });
    }
  }
  return out;
}

export function mergeDatasets(
  current: Dataset,
  incomingDataset: Dataset,
  policy: ConflictPolicy,
): MergeResult {
  const incoming = structuredClone(incomingDataset);
  const merged = structuredClone(current);
  const collisions: Collision[] = [];
  const identical: MergeResult["identical"] = [];
  const added = Object.fromEntries(ORDER.map((c) => [c, 0])) as Record<Collection, number>;
  const found = findCollisions(current, incoming);
  if (policy === "abort" && found.length > 0) {
    return {
      dataset: null,
      collisions: found.map((c) => ({ ...c, resolution: "aborted" })),
      identical,
      added,
      problems: [],
    };
  }
  // renames first, collection by collection, so that renamed vocabulary terms and sources are
  // rewritten in the incoming records before those records are compared in turn
  if (policy === "rename") {
    for (const collection of ORDER) {
      const mine = new Map(list(current, collection).map((r) => [r.id, r] as const));
      const taken = new Set([...mine.keys(), ...list(incoming, collection).map((r) => r.id)]);
      for (const record of list(incoming, collection)) {
        const existing = mine.get(record.id);
        if (!existing || same(existing, record)) continue;
        const to = freshId(record.id, taken);
        taken.add(to);
        rewrite(incoming, collection, record.id, to);
        collisions.push({ collection, id: record.id, resolution: "renamed", renamedTo: to });
        record.id = to;
      }
    }
  }
  for (const collection of ORDER) {
    const mine = new Map(list(current, collection).map((r) => [r.id, r] as const));
    const additions: WithId[] = [];
    for (const record of list(incoming, collection)) {
      const existing = mine.get(record.id);
      if (!existing) additions.push(record);
      else if (same(existing, record)) identical.push({ collection, id: record.id });
      else collisions.push({ collection, id: record.id, resolution: "skipped" });
    }
    added[collection] = additions.length;
    if (additions.length === 0) continue;
    if (collection.startsWith("vocabulary.")) {
      const key = collection.slice("vocabulary.".length) as "domains" | "roles" | "tieTypes";
      const vocabulary: Vocabulary = (merged.vocabulary ??= {});
      (vocabulary[key] as WithId[] | undefined) = [
        ...((vocabulary[key] as WithId[] | undefined) ?? []),
        ...additions,
      ];
    } else {
      const key = collection as "sources" | "actors" | "ties" | "events" | "narratives";
      (merged[key] as WithId[] | undefined) = [
        ...((merged[key] as WithId[] | undefined) ?? []),
        ...additions,
      ];
    }
  }
  mergeLayout(merged, current, incoming);
  addMissingTerms(merged, incoming);
  const parsed = Dataset.safeParse(merged);
  if (!parsed.success) {
    return {
      dataset: null,
      collisions,
      identical,
      added,
      problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    };
  }
  return { dataset: parsed.data, collisions, identical, added, problems: [] };
}

/** Saved positions: the current ones, plus the incoming ones of actors that were added. */
function mergeLayout(merged: Dataset, current: Dataset, incoming: Dataset): void {
  const theirs = incoming.layout?.positions ?? {};
  const existing = new Set(current.actors.map((a) => a.id));
  const added = Object.entries(theirs).filter(([id]) => !existing.has(id));
  if (added.length === 0) return;
  merged.layout = { positions: { ...Object.fromEntries(added), ...current.layout?.positions } };
}

/** Adds terms that incoming records use, that the merged vocabulary lacks, from the incoming vocabulary. */
function addMissingTerms(merged: Dataset, incoming: Dataset): void {
  const have = resolveVocabulary(merged.vocabulary);
  const theirs = resolveVocabulary(incoming.vocabulary);
  const need = {
    domains: new Set(merged.actors.flatMap((a) => a.domains)),
    roles: new Set(merged.actors.flatMap((a) => a.roles)),
    tieTypes: new Set(merged.ties.map((t) => t.type)),
  };
  for (const key of ["domains", "roles", "tieTypes"] as const) {
    const known = new Set(have[key].map((t) => t.id));
    const missing = (theirs[key] as WithId[]).filter(
      (t) => need[key].has(t.id) && !known.has(t.id),
    );
    if (missing.length === 0) continue;
    const vocabulary: Vocabulary = (merged.vocabulary ??= {});
    (vocabulary[key] as WithId[] | undefined) = [
      ...((vocabulary[key] as WithId[] | undefined) ?? []),
      ...missing,
    ];
  }
}
