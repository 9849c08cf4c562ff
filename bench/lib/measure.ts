/** Times a step over repetitions and records its memory: peak RSS and the heap its result keeps. */
import { getGc, MB, peakRssMb, resetPeakRss } from "./memory.ts";
import { median, round } from "./stats.ts";

export interface Measurement {
  /** Median wall time of the runs, ms. */
  ms: number;
  runs: number[];
  /** Highest process RSS during the step, MB. */
  peakRssMb: number;
  /** That peak above the RSS just before the step, MB. */
  stepRssMb: number;
  /** Heap still held after the step and a full GC (what its result keeps), MB. */
  retainedHeapMb: number;
}

export async function measure<T>(
  run: () => T | Promise<T>,
  reps: number,
): Promise<{ result: T; measurement: Measurement }> {
  const gc = getGc();
  const runs: number[] = [];
  let peak = 0;
  let stepPeak = 0;
  let result: T | undefined;
  const count = Math.max(1, reps);
  let heapBefore = 0;
  for (let i = 0; i < count; i++) {
    gc();
    gc();
    // later runs overwrite what the first left, so the first run's baseline counts
    if (i === 0) heapBefore = process.memoryUsage().heapUsed;
    const exact = resetPeakRss();
    const rssBefore = process.memoryUsage().rss / MB;
    const t0 = performance.now();
    const value = await run();
    runs.push(performance.now() - t0);
    // only the last run's result is kept, so earlier ones can be collected
    if (i === count - 1) result = value;
    const p = exact ? peakRssMb() : process.memoryUsage().rss / MB;
    peak = Math.max(peak, p);
    stepPeak = Math.max(stepPeak, p - rssBefore);
  }
  gc();
  const retained = (process.memoryUsage().heapUsed - heapBefore) / MB;
  return {
    result: result as T,
    measurement: {
      ms: round(median(runs), 2),
      runs: runs.map((r) => round(r, 2)),
      peakRssMb: round(peak),
      stepRssMb: round(Math.max(0, stepPeak)),
      retainedHeapMb: round(retained),
    },
  };
}
