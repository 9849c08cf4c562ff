/**
 * The benchmark's bookkeeping of a step's runs (bench/lib/measure.ts): the
 * first run is reported on its own and left out of the median, and the heap
 * is collected before the first run only.
 */
import { describe, expect, it, vi } from "vitest";
import { measure, typicalRun } from "../../bench/lib/measure.ts";
import * as memory from "../../bench/lib/memory.ts";

describe("typicalRun", () => {
  it("is the median of the runs after the first", () => {
    expect(typicalRun([500, 30, 10, 20])).toBe(20);
    expect(typicalRun([500, 10, 20])).toBe(15);
    expect(typicalRun([1, 40])).toBe(40);
  });

  it("is the one run when there is only one, and NaN when there is none", () => {
    expect(typicalRun([7])).toBe(7);
    expect(typicalRun([])).toBeNaN();
  });
});

describe("measure", () => {
  it("reports the first run apart, the median of the rest, and keeps the last result", async () => {
    let calls = 0;
    const { result, measurement } = await measure(() => ++calls, 5);
    expect(calls).toBe(5);
    expect(result).toBe(5);
    expect(measurement.runs).toHaveLength(5);
    expect(measurement.firstMs).toBe(measurement.runs[0]);
    const rest = [...measurement.runs.slice(1)].sort((a, b) => a - b);
    expect(measurement.ms).toBeCloseTo((rest[1]! + rest[2]!) / 2, 1);
  });

  it("collects the heap before the first run only, not between runs", async () => {
    const gc = vi.fn();
    const spy = vi.spyOn(memory, "getGc").mockReturnValue(gc);
    const seen: number[] = [];
    try {
      await measure(() => void seen.push(gc.mock.calls.length), 4);
    } finally {
      spy.mockRestore();
    }
    // twice before the first run, then none until the runs are over
    expect(seen).toEqual([2, 2, 2, 2]);
  });
});
