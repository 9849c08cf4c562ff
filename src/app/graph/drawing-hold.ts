/**
 * Holds cytoscape's drawing while a filter change is on its way to the
 * graph. A filter change reaches the graph as a React transition, rendered
 * in slices between the browser's frames; on a large graph, one of
 * cytoscape's frames can take most of a second (it redraws every actor when
 * its texture caches have a batch of pictures ready, on a timer of its own),
 * and a frame that falls between two slices holds back the status line and
 * the change itself. Cytoscape neither draws nor caches while a batch is
 * open, so the hold is an open batch: the change is applied inside it, and
 * closing it draws once.
 */
import type cytoscape from "cytoscape";

export class DrawingHold {
  private held = false;

  constructor(private readonly cy: cytoscape.Core) {}

  get holding(): boolean {
    return this.held;
  }

  /** Holds (true) or lets go of (false) the drawing; asking twice for the same is harmless. */
  set(hold: boolean): void {
    if (hold === this.held || this.cy.destroyed()) return;
    this.held = hold;
    if (hold) this.cy.startBatch();
    else this.cy.endBatch();
  }
}
