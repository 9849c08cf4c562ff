/**
 * Domain boxes: each actor drawn inside a compound node for its first
 * domain. The boxes' ids start with GROUP_PREFIX, so that the adapter can
 * tell them from actors.
 */
import type cytoscape from "cytoscape";

export const GROUP_PREFIX = "group:";

/** Puts each actor in a box for its first domain (labelled from `labels`), or takes the boxes away. */
export function groupByDomain(
  cy: cytoscape.Core,
  enabled: boolean,
  labels: ReadonlyMap<string, string>,
): void {
  cy.batch(() => {
    if (enabled) {
      const parents = new Set<string>();
      cy.nodes()
        .filter((n) => !n.isParent())
        .forEach((n) => {
          const domain = n.data("domain") as string;
          const parentId = GROUP_PREFIX + domain;
          if (!parents.has(parentId) && cy.getElementById(parentId).empty()) {
            cy.add({ group: "nodes", data: { id: parentId, label: labels.get(domain) ?? domain } });
          }
          parents.add(parentId);
          n.move({ parent: parentId });
        });
    } else {
      cy.nodes()
        .filter((n) => n.isChild())
        .forEach((n) => {
          n.move({ parent: null });
        });
      cy.nodes()
        .filter((n) => n.id().startsWith(GROUP_PREFIX))
        .remove();
    }
  });
}
