/**
 * Fades every element but the highlighted ones (a path, an ego network, an
 * event's participants), or clears the fading. cytoscape restyles each
 * element whose class changes and emits an event for it: 190 ms for 50,000
 * actors in one go, in one task. So the highlighted elements are made clear
 * at once and the rest change class FADE_STEP at a time, a step per task;
 * a later call supersedes one still running. A graph of up to FADE_STEP
 * elements is done at once, within the call.
 */
import type cytoscape from "cytoscape";

/** Elements whose class changes in one task: about 40 ms of cytoscape's work. */
export const FADE_STEP = 10_000;

export class HighlightFading {
  private job = 0;
  /** Whether elements are faded, or being faded. */
  private faded = false;

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly pause: () => Promise<void>,
    private readonly step = FADE_STEP,
  ) {}

  /**
   * Fades everything but the elements with these ids, or clears the fading
   * (null). Resolves when every element has its class, or when a later call
   * took over.
   */
  apply(kept: Iterable<string> | null): Promise<void> {
    const cy = this.cy;
    if (cy.destroyed() || (kept === null && !this.faded)) return Promise.resolve();
    const job = ++this.job;
    this.faded = kept !== null;
    const keep = cy.collection();
    if (kept) for (const id of kept) keep.merge(cy.getElementById(id));
    cy.batch(() => keep.removeClass("faded"));
    return this.inSteps(job, cy.elements().difference(keep), this.faded);
  }

  private async inSteps(job: number, elements: cytoscape.Collection, fade: boolean) {
    for (let from = 0; from < elements.length; from += this.step) {
      if (from > 0) await this.pause();
      if (job !== this.job || this.cy.destroyed()) return;
      const piece = elements.slice(from, from + this.step);
      this.cy.batch(() => (fade ? piece.addClass("faded") : piece.removeClass("faded")));
    }
  }
}
