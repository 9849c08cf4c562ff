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
import { meetsCertainty, type Actor, type Tie } from "../../../schema/index.ts";
import { activeIn, windowInterval } from "../time/interval.ts";
import type { FilterState } from "./filter-state.ts";

export interface Visibility {
  actors: Set<string>;
  ties: Set<string>;
  /** Shown ties that have no period while a window is set (drawn marked). */
  undatedTies: Set<string>;
}

export function computeVisibility(
  data: { actors: readonly Actor[]; ties: readonly Tie[] },
  filters: FilterState,
): Visibility {
  const window = filters.window ? windowInterval(filters.window) : null;
  const hiddenDomains = new Set(filters.hiddenDomains);
  const hiddenRoles = new Set(filters.hiddenRoles);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenTypes = new Set(filters.hiddenTieTypes);
  const actors = new Set<string>();
  for (const actor of data.actors) {
    if (hiddenKinds.has(actor.kind)) continue;
    if (!actor.domains.some((d) => !hiddenDomains.has(d))) continue;
    if (!actor.roles.some((r) => !hiddenRoles.has(r))) continue;
    if (window && filters.windowAppliesToActors && activeIn(actor.period, window) === false)
      continue;
    actors.add(actor.id);
  }
  const ties = new Set<string>();
  const undatedTies = new Set<string>();
  for (const tie of data.ties) {
    if (!actors.has(tie.source) || !actors.has(tie.target)) continue;
    if (hiddenTypes.has(tie.type)) continue;
    if (!meetsCertainty(tie.certainty, filters.minCertainty)) continue;
    if (window) {
      const active = activeIn(tie.period, window);
      if (active === false) continue;
      if (active === undefined) {
        if (filters.undated === "hide") continue;
        if (filters.undated === "mark") undatedTies.add(tie.id);
      }
    }
    ties.add(tie.id);
  }
  if (filters.hideIsolated) {
    const connected = new Set<string>();
    for (const tie of data.ties) {
      if (ties.has(tie.id)) {
        connected.add(tie.source);
        connected.add(tie.target);
      }
    }
    for (const id of actors) if (!connected.has(id)) actors.delete(id);
  }
  return { actors, ties, undatedTies };
}
