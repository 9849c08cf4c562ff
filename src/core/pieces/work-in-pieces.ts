/**
 * Long work over many items, a piece per task, so that the page paints and
 * answers input in between. A piece is made of steps, each sized from the
 * pace of the step before so that the piece ends near its time budget:
 * fixed steps of 250 actors overshot a 100 ms budget by up to 100 ms while
 * the code was still cold (the first steps ran three to eight times slower
 * than the later ones), and a task of 200 ms is what the page must not have
 * (docs/benchmarks.md).
 */
import { nextTask } from "./next-task.ts";

/** Work per task, ms. */
export const PIECE_BUDGET_MS = 50;

export interface PieceOptions {
  /** Work per task, ms (default PIECE_BUDGET_MS). */
  budgetMs?: number;
  /** Items in the very first step, before any pace is known (default 50). */
  firstStep?: number;
  /** Items in one step at most (default 2,000). */
  maxStep?: number;
  /** Ends a task (default: the next macrotask). */
  pause?: () => Promise<void>;
  /** The clock, ms (default performance.now). */
  now?: () => number;
  /** Checked before each piece; false stops the work. */
  alive?: () => boolean;
}

/**
 * Runs `step(from, to)` over `count` items, in order, each item once; the
 * first piece runs in a task after this one. `onPiece` hears how many items
 * are done after each piece. Resolves true when all are done, false when
 * `alive` said stop.
 */
export async function workInPieces(
  count: number,
  step: (from: number, to: number) => void,
  onPiece?: (done: number) => void,
  options: PieceOptions = {},
): Promise<boolean> {
  const budget = options.budgetMs ?? PIECE_BUDGET_MS;
  const maxStep = options.maxStep ?? 2000;
  const pause = options.pause ?? nextTask;
  const now = options.now ?? (() => performance.now());
  const alive = options.alive ?? (() => true);
  // the largest step so far, and items per ms in the last one (0 until a step has run)
  let biggest = Math.max(1, Math.min(maxStep, options.firstStep ?? 50));
  let pace = 0;
  let done = 0;
  while (done < count) {
    await pause();
    if (!alive()) return false;
    const started = now();
    let left = budget;
    do {
      // at most twice the largest step so far: a pace measured on small steps can flatter a large one
      const size =
        pace > 0 ? Math.max(1, Math.min(Math.floor(pace * left), biggest * 2, maxStep)) : biggest;
      const to = Math.min(count, done + size);
      const before = now();
      step(done, to);
      const after = now();
      pace = (to - done) / Math.max(after - before, 0.01);
      biggest = Math.max(biggest, to - done);
      done = to;
      left = budget - (after - started);
    } while (done < count && left > 0);
    onPiece?.(done);
  }
  return true;
}
