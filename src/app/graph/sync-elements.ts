/**
 * Brings cytoscape's elements in line with element definitions, touching
 * only what changed: an edit adds, removes or changes a few records, and
 * re-adding everything would redraw everything.
 */
import type cytoscape from "cytoscape";
import { updateData } from "./cy-collections.ts";
import { GROUP_PREFIX } from "./domain-groups.ts";

type Point = { x: number; y: number };

/** Data an actor carries only while it has evidence of each certainty (its pie slices). */
const PIE_KEYS = ["pie1", "pie2", "pie3", "pieSize1", "pieSize2", "pieSize3"];
/** New actors without a position go in rows of this many, this far apart, from a spot in view. */
const NEW_ACTORS = { perRow: 5, spacing: 40 };

/**
 * Removes the elements whose ids are not in `keep` (domain boxes stay),
 * adds the wanted ones that are missing (an actor without a position is
 * placed near `near`), and updates the data and positions of the rest.
 * Returns the ids added, actors and ties apart. Call inside `cy.batch()`.
 */
export function syncElements(
  cy: cytoscape.Core,
  wanted: readonly cytoscape.ElementDefinition[],
  keep: ReadonlySet<string>,
  near: Point,
): { actors: string[]; ties: string[] } {
  const added = { actors: [] as string[], ties: [] as string[] };
  cy.elements()
    .filter((el) => !keep.has(el.id()) && !el.id().startsWith(GROUP_PREFIX))
    .remove();
  for (const def of wanted) {
    const id = def.data.id as string;
    const isActor = def.group === "nodes";
    const existing = cy.getElementById(id);
    if (existing.empty()) {
      if (isActor) {
        const placed = added.actors.length;
        const position = def.position ?? {
          x: near.x + (placed % NEW_ACTORS.perRow) * NEW_ACTORS.spacing,
          y: near.y + Math.floor(placed / NEW_ACTORS.perRow) * NEW_ACTORS.spacing,
        };
        cy.add({ ...def, position });
        added.actors.push(id);
      } else {
        cy.add(def);
        added.ties.push(id);
      }
      continue;
    }
    updateData(existing, def.data);
    if (!isActor) continue;
    const stale = PIE_KEYS.filter(
      (key) => existing.data(key) !== undefined && def.data[key] === undefined,
    );
    if (stale.length) existing.removeData(stale.join(" "));
    if (def.position) {
      const p = existing.position();
      if (p.x !== def.position.x || p.y !== def.position.y) existing.position(def.position);
    }
  }
  return added;
}
