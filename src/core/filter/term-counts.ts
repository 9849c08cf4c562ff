/**
 * How often a dataset uses each vocabulary term: what the filter panel
 * counts and the legend lists. One pass over the actors and one over the
 * ties, shared by both and kept while the dataset lives (datasets are
 * replaced, not changed in place: see core/edit).
 */
import type { Dataset } from "../../../schema/index.ts";

export interface TermCounts {
  /** Actors per domain; an actor counts once for each of its domains. */
  domains: Map<string, number>;
  /** Actors per role; an actor counts once for each of its roles. */
  roles: Map<string, number>;
  /** Actors per first role, the one that sets an actor's shape. */
  primaryRoles: Map<string, number>;
  kinds: Map<string, number>;
  tieTypes: Map<string, number>;
  /** Ties per certainty level. */
  certainties: Map<string, number>;
}

type Counted = Pick<Dataset, "actors" | "ties">;

const cache = new WeakMap<Counted, TermCounts>();

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The dataset's term counts, counted on first use. */
export function termCounts(dataset: Counted): TermCounts {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const counts: TermCounts = {
    domains: new Map(),
    roles: new Map(),
    primaryRoles: new Map(),
    kinds: new Map(),
    tieTypes: new Map(),
    certainties: new Map(),
  };
  // plain loops: at 50,000 actors this runs while the page loads, and closures or spread
  // copies per record would make it several times slower
  for (const actor of dataset.actors) {
    for (let i = 0; i < actor.domains.length; i++) bump(counts.domains, actor.domains[i]!);
    for (let i = 0; i < actor.roles.length; i++) bump(counts.roles, actor.roles[i]!);
    if (actor.roles.length > 0) bump(counts.primaryRoles, actor.roles[0]!);
    bump(counts.kinds, actor.kind);
  }
  for (const tie of dataset.ties) {
    bump(counts.tieTypes, tie.type);
    bump(counts.certainties, tie.certainty);
  }
  cache.set(dataset, counts);
  return counts;
}
