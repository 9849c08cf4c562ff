/**
 * Fading everything but a highlight (a path, an event's participants, a
 * story step). Cytoscape restyles every element whose classes change, and
 * on a large graph that is nearly every actor: at 50,000 actors one call
 * held the page for about 190 ms (docs/benchmarks.md). So:
 * - only elements whose state changes are touched: going from one path to
 *   another changes the two paths, not the whole network;
 * - more than `piece` changes are made a piece per task, inside one batch
 *   that stays open across the tasks, so that cytoscape draws once, when the
 *   change is complete (fading in steps that each drew cost a full redraw of
 *   the network per step);
 * - a newer call takes over an unfinished one, and its open batch.
 */
import type cytoscape from "cytoscape";
import { nextTask } from "../../core/pieces/next-task.ts";

export const FADED = "faded";

/** Elements whose classes change per task on a large graph. */
export const FADE_PIECE = 10_000;

export interface FaderOptions {
  /** Class changes per task (default FADE_PIECE). */
  piece?: number;
  /** Ends a task (default: the next macrotask). */
  pause?: () => Promise<void>;
}

const collection = (cy: cytoscape.Core, elements: cytoscape.SingularElementArgument[]) =>
  cy.collection(elements as unknown as cytoscape.CollectionArgument);

export class Fader {
  private run = 0;
  private batchOpen = false;
  private readonly piece: number;
  private readonly pause: () => Promise<void>;

  constructor(
    private readonly cy: cytoscape.Core,
    options: FaderOptions = {},
  ) {
    this.piece = options.piece ?? FADE_PIECE;
    this.pause = options.pause ?? nextTask;
  }

  /** Whether a change is still being made. */
  get busy(): boolean {
    return this.batchOpen;
  }

  /**
   * Fades every element but those with the `kept` ids; null fades nothing.
   * Resolves when the change is made (cytoscape draws it next), or when a newer call took over.
   */
  async apply(kept: Iterable<string> | null): Promise<void> {
    const run = ++this.run;
    const cy = this.cy;
    if (cy.destroyed()) return;
    const keep = kept ? new Set(kept) : null;
    const fade: cytoscape.SingularElementArgument[] = [];
    const unfade: cytoscape.SingularElementArgument[] = [];
    cy.elements().forEach((ele) => {
      const faded = ele.hasClass(FADED);
      const wanted = keep !== null && !keep.has(ele.id());
      if (wanted && !faded) fade.push(ele);
      else if (!wanted && faded) unfade.push(ele);
    });
    const changes = fade.length + unfade.length;
    // with a batch open, this call owns it now and must close it, even with nothing to change
    if (changes === 0 && !this.batchOpen) return;
    if (changes <= this.piece && !this.batchOpen) {
      cy.batch(() => {
        collection(cy, fade).addClass(FADED);
        collection(cy, unfade).removeClass(FADED);
      });
      return;
    }
    if (!this.batchOpen) {
      cy.startBatch();
      this.batchOpen = true;
    }
    try {
      let pieces = 0;
      for (const [list, add] of [
        [unfade, false],
        [fade, true],
      ] as const) {
        for (let from = 0; from < list.length; from += this.piece) {
          if (pieces++ > 0) {
            await this.pause();
            // a newer call owns the batch now, or the drawing is gone
            if (run !== this.run || cy.destroyed()) return;
          }
          // an element removed meanwhile (a tie drawn in full, then not) needs nothing
          const part = collection(cy, list.slice(from, from + this.piece)).filter(
            (e) => !e.removed(),
          );
          if (add) part.addClass(FADED);
          else part.removeClass(FADED);
        }
      }
    } finally {
      if (run === this.run && !cy.destroyed()) {
        this.batchOpen = false;
        cy.endBatch();
      }
    }
  }
}
