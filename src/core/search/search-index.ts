/**
 * Name search over actors: by name and aliases, insensitive to case,
 * accents and script (see fold.ts). Ranks exact matches first, then
 * word-prefix matches, then substring matches; ties broken by name.
 */
import type { Actor } from "../../../schema/index.ts";
import { foldName } from "./fold.ts";

export interface SearchHit {
  actorId: string;
  /** The name or alias that matched, as written in the data. */
  matched: string;
  score: number;
}

export interface SearchEntry {
  actorId: string;
  text: string;
  folded: string;
  /** 0 for the actor's own name, 1 for an alias. */
  isAlias: 0 | 1;
}

export interface SearchIndex {
  entries: SearchEntry[];
  names: Map<string, string>;
}

export function buildSearchIndex(actors: readonly Actor[]): SearchIndex {
  return searchIndexFrom(actors, searchEntries(actors));
}

/** An index from entries folded elsewhere (the dataset worker folds them off the main thread). */
export function searchIndexFrom(actors: readonly Actor[], entries: SearchEntry[]): SearchIndex {
  const names = new Map<string, string>();
  for (const actor of actors) names.set(actor.id, actor.name);
  return { entries, names };
}

/** The folded names and aliases of these actors (the costly part of building an index). */
export function searchEntries(actors: readonly Actor[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const actor of actors) {
    entries.push({ actorId: actor.id, text: actor.name, folded: foldName(actor.name), isAlias: 0 });
    for (const alias of actor.aliases ?? []) {
      entries.push({
        actorId: actor.id,
        text: alias.name,
        folded: foldName(alias.name),
        isAlias: 1,
      });
    }
  }
  return entries;
}

function scoreMatch(folded: string, query: string): number {
  if (folded === query) return 100;
  if (folded.startsWith(query)) return 80;
  const at = folded.indexOf(query);
  if (at < 0) return 0;
  return folded[at - 1] === " " ? 60 : 30;
}

/** Actors matching a query, best first; at most `limit`. An empty query finds nothing. */
export function searchActors(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const folded = foldName(query);
  if (!folded) return [];
  const best = new Map<string, SearchHit>();
  for (const entry of index.entries) {
    const base = scoreMatch(entry.folded, folded);
    if (base === 0) continue;
    const score = base - entry.isAlias * 5;
    const previous = best.get(entry.actorId);
    if (!previous || previous.score < score) {
      best.set(entry.actorId, { actorId: entry.actorId, matched: entry.text, score });
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        (index.names.get(a.actorId) ?? "").localeCompare(index.names.get(b.actorId) ?? ""),
    )
    .slice(0, limit);
}
