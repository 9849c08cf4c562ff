/**
 * Progress and cancellation for long-running analyses, so the UI can run
 * them in a Web Worker with a progress bar and a cancel button. Both hooks
 * are optional; without them the functions simply run to completion.
 */

export interface ProgressHooks {
  /** Called with a fraction in [0, 1] and a short label of the current step. */
  onProgress?: (fraction: number, label: string) => void;
  /** Polled between steps; returning true stops the work with a `CancelledError`. */
  isCancelled?: () => boolean;
}

/** Thrown when `isCancelled()` returned true. */
export class CancelledError extends Error {
  constructor() {
    super("analysis cancelled");
    this.name = "CancelledError";
  }
}

/** Throws `CancelledError` when the caller asked to stop. */
export function checkCancelled(hooks: ProgressHooks | undefined): void {
  if (hooks?.isCancelled?.()) throw new CancelledError();
}

/** Reports progress (clamped to [0, 1]) and checks for cancellation. */
export function step(hooks: ProgressHooks | undefined, fraction: number, label: string): void {
  checkCancelled(hooks);
  hooks?.onProgress?.(Math.min(1, Math.max(0, fraction)), label);
}

/**
 * Hooks for a sub-task that covers [from, to] of the parent's progress:
 * the sub-task reports 0…1 and the parent sees from…to.
 */
export function subProgress(
  hooks: ProgressHooks | undefined,
  from: number,
  to: number,
  prefix = "",
): ProgressHooks | undefined {
  if (!hooks) return undefined;
  return {
    isCancelled: hooks.isCancelled,
    onProgress: hooks.onProgress
      ? (fraction, label) => hooks.onProgress?.(from + (to - from) * fraction, prefix + label)
      : undefined,
  };
}
