/**
 * Camera moves over a cytoscape instance: framing actors, centring on one,
 * zooming about the middle of the view, and finding room in it. Large
 * graphs are framed from positions alone (viewport.ts): cytoscape's own
 * `fit` measures every element.
 */
import type cytoscape from "cytoscape";
import { LARGE_NODE_SIZE } from "./stylesheet.ts";
import { fitPoints, type Camera } from "./viewport.ts";

type Point = { x: number; y: number };

const FIT_PADDING = { all: 30, some: 40, animatedSome: 80 };
const ANIMATION = { duration: 600, easing: "ease-in-out-cubic" } as const;

/** The middle of the view, in model coordinates. */
export function viewportCenter(cy: cytoscape.Core): Point {
  const extent = cy.extent();
  return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
}

/** A spot near the middle of the view that no actor occupies, for a newly added actor. */
export function freePosition(cy: cytoscape.Core, clearance: number): Point {
  const center = viewportCenter(cy);
  const taken = cy.nodes().map((n) => n.position());
  for (let i = 0; i < 400; i++) {
    // a golden-angle spiral out from the centre
    const r = i === 0 ? 0 : clearance * 0.6 * Math.sqrt(i);
    const a = i * 2.39996;
    const p = { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) };
    if (taken.every((q) => Math.hypot(q.x - p.x, q.y - p.y) >= clearance)) return p;
  }
  return center;
}

/** The camera that frames these actors, from their positions alone (null when none is drawn). */
export function cameraOnActors(cy: cytoscape.Core, ids: Iterable<string>): Camera | null {
  const points: Point[] = [];
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.nonempty()) points.push(node.position());
  }
  return fitPoints(
    points,
    { width: cy.width(), height: cy.height() },
    {
      padding: FIT_PADDING.all,
      nodeSize: LARGE_NODE_SIZE,
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
    },
  );
}

/** The drawn actors among these ids. */
function drawnActors(cy: cytoscape.Core, ids: Iterable<string>): cytoscape.NodeCollection {
  const set = new Set(ids);
  return cy.nodes().filter((n) => set.has(n.id()));
}

/** Frames these actors (measured by cytoscape); everything visible when there are none, or no ids. */
export function fitElements(cy: cytoscape.Core, ids: Iterable<string> | null): void {
  const some = ids ? drawnActors(cy, ids) : null;
  if (some?.nonempty()) cy.fit(some, FIT_PADDING.some);
  else cy.fit(cy.elements(":visible"), FIT_PADDING.all);
}

/** Moves smoothly to frame these actors (nothing when none is drawn), or everything visible. */
export function animateToElements(cy: cytoscape.Core, ids: Iterable<string> | null): void {
  const eles = ids ? drawnActors(cy, ids) : cy.elements(":visible");
  if (eles.empty()) return;
  cy.stop();
  cy.animate(
    { fit: { eles, padding: ids ? FIT_PADDING.animatedSome : FIT_PADDING.all } },
    ANIMATION,
  );
}

/** Moves smoothly to a camera. */
export function animateToCamera(cy: cytoscape.Core, camera: Camera): void {
  cy.stop();
  cy.animate(camera, ANIMATION);
}

/** Centres the view on an actor, zooming in to at least 1. */
export function centerOn(cy: cytoscape.Core, actorId: string): void {
  const node = cy.getElementById(actorId);
  if (node.nonempty()) {
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
  }
}

/** Zooms by a factor about the middle of the view. */
export function zoomBy(cy: cytoscape.Core, factor: number): void {
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}
