/**
 * fcose, cytoscape's force-directed layout, for small graphs (fine up to
 * FCOSE_LIMIT actors). Its own module: the page loads it, and fcose's
 * layout-base and cose-base, only when a small network has no saved positions.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import type { Positions } from "./elements.ts";

cytoscape.use(fcose);

/** Lays out with fcose; pinned actors (saved positions) stay where they are. */
export function layoutWithFcose(cy: cytoscape.Core, pinned: Positions = {}): Positions {
  const fixed = Object.entries(pinned)
    .filter(([id]) => cy.getElementById(id).nonempty())
    .map(([nodeId, position]) => ({ nodeId, position }));
  cy.layout({
    name: "fcose",
    animate: false,
    randomize: fixed.length === 0,
    ...(fixed.length ? { fixedNodeConstraint: fixed } : {}),
    quality: "default",
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    nodeSeparation: 90,
    packComponents: true,
  } as cytoscape.LayoutOptions).run();
  const positions: Positions = {};
  cy.nodes()
    .filter((n) => !n.isParent())
    .forEach((n) => {
      positions[n.id()] = { ...n.position() };
    });
  return positions;
}
