/**
 * Filter state → the actors and ties on screen.
 *
 * Rules (also in the UI help and docs/user-guide.md):
 * - an actor is shown when its kind is selected, any of its domains is
 *   selected and any of its roles is selected (and, if the window applies to
 *   actors, its period overlaps the window);
 * - a tie is shown when both its actors are shown, its type is selected, its
 *   certainty is at or above the minimum, and it is active in the time window
 *   (undated ties follow the "undated" choice);
 * - "hide isolated actors" then removes shown actors with no shown tie.
 */
import { certaintyRank, type Actor, type Tie } from "../../../schema/index.ts";
import { windowInterval, type DayInterval } from "../time/interval.ts";
import { periodIndex, tieIndex, type PeriodIndex } from "./filter-index.ts";
import type { FilterState } from "./filter-state.ts";

export interface Visibility {
  actors: Set<string>;
  ties: Set<string>;
  /** Shown ties that have no period while a window is set (drawn marked). */
  undatedTies: Set<string>;
}

/** Whether item i's period (dated) overlaps the window. */
const overlapsAt = (period: PeriodIndex, i: number, window: DayInterval) =>
  period.first[i]! <= window.last && window.first <= period.last[i]!;

/** Which actors pass the kind, domain, role and (when it applies to actors) window filters. */
function actorsPassing(
  actors: readonly Actor[],
  filters: FilterState,
  window: DayInterval | null,
): Uint8Array {
  const shown = new Uint8Array(actors.length);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenDomains = new Set(filters.hiddenDomains);
  const hiddenRoles = new Set(filters.hiddenRoles);
  const period: PeriodIndex | null =
    window !== null && filters.windowAppliesToActors ? periodIndex(actors) : null;
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i] as Actor;
    if (hiddenKinds.size > 0 && hiddenKinds.has(actor.kind)) continue;
    if (hiddenDomains.size > 0 && !actor.domains.some((d) => !hiddenDomains.has(d))) continue;
    if (hiddenRoles.size > 0 && !actor.roles.some((r) => !hiddenRoles.has(r))) continue;
    // with no domain or no role, no selected term keeps the actor
    if (!actor.domains.length || !actor.roles.length) continue;
    if (window && period?.dated[i] && !overlapsAt(period, i, window)) continue;
    shown[i] = 1;
  }
  return shown;
}

export function computeVisibility(
  data: { actors: readonly Actor[]; ties: readonly Tie[] },
  filters: FilterState,
): Visibility {
  const window = filters.window ? windowInterval(filters.window) : null;
  const ends = tieIndex(data.actors, data.ties);
  const periods = window ? periodIndex(data.ties) : null;
  const shownActor = actorsPassing(data.actors, filters, window);
  const hiddenTypes = new Set(filters.hiddenTieTypes);
  const weakest = certaintyRank(filters.minCertainty);
  const connected = filters.hideIsolated ? new Uint8Array(data.actors.length) : null;
  const ties = new Set<string>();
  const undatedTies = new Set<string>();
  for (let i = 0; i < data.ties.length; i++) {
    const source = ends.source[i]!;
    const target = ends.target[i]!;
    if (source < 0 || target < 0 || !shownActor[source] || !shownActor[target]) continue;
    if (ends.rank[i]! > weakest) continue;
    const tie = data.ties[i] as Tie;
    if (hiddenTypes.size > 0 && hiddenTypes.has(tie.type)) continue;
    if (window && periods) {
      if (!periods.dated[i]) {
        if (filters.undated === "hide") continue;
        if (filters.undated === "mark") undatedTies.add(tie.id);
      } else if (!overlapsAt(periods, i, window)) {
        continue;
      }
    }
    ties.add(tie.id);
    if (connected) {
      connected[source] = 1;
      connected[target] = 1;
    }
  }
  const actors = new Set<string>();
  for (let i = 0; i < data.actors.length; i++) {
    if (shownActor[i] && (!connected || connected[i])) actors.add((data.actors[i] as Actor).id);
  }
  return { actors, ties, undatedTies };
}
