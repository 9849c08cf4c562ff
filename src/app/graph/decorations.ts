/**
 * Metric sizes and community colours on the drawn actors: analysis results
 * put on the picture as element styles, over the vocabulary's styling.
 */
import type cytoscape from "cytoscape";

/** A qualitative palette for communities (Tableau 10). */
export const COMMUNITY_COLOURS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

/** Smallest and largest actor, in pixels, when sized by a metric. */
const SIZE_RANGE = { min: 18, max: 64 };

/**
 * Sizes actors by a metric (scaled to 18–64 px) and/or colours them by
 * community; an actor with no value (or both null) gets the vocabulary's
 * styling back. Groups (domain boxes) are left alone.
 */
export function decorateActors(
  cy: cytoscape.Core,
  sizes: Record<string, number> | null,
  communities: Record<string, number> | null,
): void {
  let max = -Infinity;
  let min = Infinity;
  for (const v of Object.values(sizes ?? {})) {
    if (v > max) max = v;
    if (v < min) min = v;
  }
  const span = SIZE_RANGE.max - SIZE_RANGE.min;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (n.isParent()) return;
      const v = sizes?.[n.id()];
      if (v === undefined || max === min) n.removeStyle("width height");
      else {
        const px = SIZE_RANGE.min + ((v - min) / (max - min)) * span;
        n.style({ width: px, height: px });
      }
      const c = communities?.[n.id()];
      if (c === undefined) n.removeStyle("background-color pie-size");
      else
        n.style({
          "background-color": COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length],
          "pie-size": "0%",
        });
    });
  });
}
