/**
 * Times a step over repetitions and records its memory: peak RSS and the
 * heap its result keeps.
 *
 * The heap is collected before the first run only. The runs after it follow
 * one another as repeated calls in a program do, each leaving its garbage to
 * the collector's own timing. A full collection forced before every run
 * (what this did before) is not neutral: V8 then gives up much of what it
 * learnt about the code just run, so every run was partly a first run again.
 * The generated validators ran about three times slower after one, and
 * validation at 1k measured 15–25% slower than with the heap left alone.
 *
 * The first run, which also compiles (zod's validators, V8's optimised
 * code), is reported on its own as `firstMs`; `ms` is the median of the runs
 * after it, or the one run when there is only one. Memory is read on the
 * first run, the one that starts from a collected heap, but for the peak
 * RSS, which is the highest over every run.
 */
import { getGc, MB, peakRssMb, resetPeakRss } from "./memory.ts";
import { median, round } from "./stats.ts";

export interface Measurement {
  /** Median wall time of the runs after the first (of the only run when there is one), ms. */
  ms: number;
  /** Wall time of the first run, ms. */
  firstMs: number;
  runs: number[];
  /** Highest process RSS during the runs, MB. */
  peakRssMb: number;
  /** That peak above the RSS just before the first run, MB. */
  stepRssMb: number;
  /** Heap still held after the step and a full GC (what its result keeps), MB. */
  retainedHeapMb: number;
}

/** The median of the runs after the first, or the first when it is the only one. */
export function typicalRun(runs: readonly number[]): number {
  return runs.length > 1 ? median(runs.slice(1)) : (runs[0] ?? NaN);
}

export async function measure<T>(
  run: () => T | Promise<T>,
  reps: number,
): Promise<{ result: T; measurement: Measurement }> {
  const gc = getGc();
  const rss = () => process.memoryUsage().rss / MB;
  const runs: number[] = [];
  let stepPeak = 0;
  let result: T | undefined;
  const count = Math.max(1, reps);
  gc();
  gc();
  // later runs overwrite what the first left, so the first run's baseline counts
  const heapBefore = process.memoryUsage().heapUsed;
  const exact = resetPeakRss();
  const rssBefore = rss();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const value = await run();
    runs.push(performance.now() - t0);
    // only the last run's result is kept, so earlier ones can be collected
    if (i === count - 1) result = value;
    if (i === 0) stepPeak = (exact ? peakRssMb() : rss()) - rssBefore;
  }
  // the high-water mark since the first run began, so over every run
  const peak = exact ? peakRssMb() : rss();
  gc();
  const retained = (process.memoryUsage().heapUsed - heapBefore) / MB;
  return {
    result: result as T,
    measurement: {
      ms: round(typicalRun(runs), 2),
      firstMs: round(runs[0] ?? NaN, 2),
      runs: runs.map((r) => round(r, 2)),
      peakRssMb: round(peak),
      stepRssMb: round(Math.max(0, stepPeak)),
      retainedHeapMb: round(retained),
    },
  };
}
