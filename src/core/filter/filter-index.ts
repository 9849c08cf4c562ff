/**
 * What computeVisibility reads for every filter change, worked out once per
 * dataset: each tie's actors as positions in the actor list and its
 * certainty rank, and the days each actor's and tie's period covers (the
 * ties' days also give the timeline its ticks). A filter change then
 * compares numbers instead of looking strings up and parsing dates. Each
 * index is built on first use; for a large file, the tie index and the ties'
 * days are built while it loads (app/state/loaded-dataset.ts).
 *
 * An index is kept while the dataset's `actors` and `ties` arrays live
 * (datasets are replaced, not changed in place: see core/edit), and built
 * again when an array is a different one or has changed length.
 */
import { certaintyRank, type Actor, type Period, type Tie } from "../../../schema/index.ts";
import { isDated, periodInterval } from "../time/interval.ts";

export interface TieIndex {
  /** Position of the tie's source and target in `actors`; -1 when no actor has that id. */
  source: Int32Array;
  target: Int32Array;
  /** certaintyRank of the tie: 0 is the strongest. */
  rank: Uint8Array;
}

/** Each item's period as days (see periodInterval); `dated` is 0 where there is none. */
export interface PeriodIndex {
  first: Float64Array;
  last: Float64Array;
  dated: Uint8Array;
}

interface CachedTieIndex {
  actors: readonly Actor[];
  actorCount: number;
  tieCount: number;
  index: TieIndex;
}
const tieIndexes = new WeakMap<readonly Tie[], CachedTieIndex>();
const periodIndexes = new WeakMap<
  readonly { period?: Period }[],
  { size: number; index: PeriodIndex }
>();

export function tieIndex(actors: readonly Actor[], ties: readonly Tie[]): TieIndex {
  const cached = tieIndexes.get(ties);
  if (
    cached?.actors === actors &&
    cached.actorCount === actors.length &&
    cached.tieCount === ties.length
  )
    return cached.index;
  const position = new Map<string, number>();
  actors.forEach((actor, i) => position.set(actor.id, i));
  const index: TieIndex = {
    source: new Int32Array(ties.length),
    target: new Int32Array(ties.length),
    rank: new Uint8Array(ties.length),
  };
  ties.forEach((tie, i) => {
    index.source[i] = position.get(tie.source) ?? -1;
    index.target[i] = position.get(tie.target) ?? -1;
    index.rank[i] = certaintyRank(tie.certainty);
  });
  tieIndexes.set(ties, { actors, actorCount: actors.length, tieCount: ties.length, index });
  return index;
}

export function periodIndex(items: readonly { period?: Period }[]): PeriodIndex {
  const cached = periodIndexes.get(items);
  if (cached && cached.size === items.length) return cached.index;
  const index: PeriodIndex = {
    first: new Float64Array(items.length),
    last: new Float64Array(items.length),
    dated: new Uint8Array(items.length),
  };
  items.forEach((item, i) => {
    if (!isDated(item.period)) return;
    const span = periodInterval(item.period);
    index.first[i] = span.first;
    index.last[i] = span.last;
    index.dated[i] = 1;
  });
  periodIndexes.set(items, { size: items.length, index });
  return index;
}
