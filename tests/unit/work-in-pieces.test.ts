import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workInPieces } from "../../src/core/pieces/work-in-pieces.ts";

/**
 * A simulated clock: each item costs `cost(i)` ms, advanced as the step
 * runs; pauses are recorded, so pieces are known by the steps between them.
 */
function simulate(count: number, cost: (i: number) => number, budgetMs: number, firstStep = 10) {
  let clock = 0;
  const steps: Array<{ from: number; to: number; piece: number; ms: number }> = [];
  const pieceStarts: number[] = [];
  let piece = -1;
  const done = workInPieces(
    count,
    (from, to) => {
      const start = clock;
      for (let i = from; i < to; i++) clock += cost(i);
      steps.push({ from, to, piece, ms: clock - start });
    },
    undefined,
    {
      budgetMs,
      firstStep,
      now: () => clock,
      pause: async () => {
        piece++;
        pieceStarts.push(clock);
      },
    },
  );
  return { done, steps, pieceStarts, clock: () => clock };
}

/** ms of work per piece. */
function pieceTimes(steps: Array<{ piece: number; ms: number }>): number[] {
  const times: number[] = [];
  for (const s of steps) times[s.piece] = (times[s.piece] ?? 0) + s.ms;
  return times;
}

describe("workInPieces", () => {
  it("runs every item once, in order, and ends each piece near its budget", async () => {
    const run = simulate(10_000, () => 0.05, 50);
    expect(await run.done).toBe(true);
    expect(run.steps[0]!.from).toBe(0);
    for (let k = 1; k < run.steps.length; k++)
      expect(run.steps[k]!.from).toBe(run.steps[k - 1]!.to);
    expect(run.steps.at(-1)!.to).toBe(10_000);
    const times = pieceTimes(run.steps);
    // 500 ms of work in pieces of about 50 ms: steps grow from 10 items to fill the budget
    expect(times.length).toBeLessThanOrEqual(12);
    for (const t of times.slice(0, -1)) {
      expect(t).toBeGreaterThanOrEqual(45);
      expect(t).toBeLessThanOrEqual(55);
    }
  });

  it("keeps pieces short when the first items are slow (cold code)", async () => {
    // the first 300 items cost 1 ms each, the rest 0.05 ms: fixed steps of 250 would take 250 ms
    const run = simulate(5000, (i) => (i < 300 ? 1 : 0.05), 50);
    await run.done;
    for (const t of pieceTimes(run.steps)) expect(t).toBeLessThanOrEqual(60);
  });

  it("grows a step at most twofold over the largest so far", async () => {
    // fast items after a slow start: the pace says "take thousands", the cap says "double"
    const run = simulate(20_000, (i) => (i < 20 ? 2 : 0.001), 50, 10);
    await run.done;
    let biggest = 10;
    for (const s of run.steps) {
      expect(s.to - s.from).toBeLessThanOrEqual(Math.max(biggest * 2, 10));
      biggest = Math.max(biggest, s.to - s.from);
    }
  });

  it("stops before a piece once alive() says so, and says it stopped", async () => {
    let pieces = 0;
    let handled = 0;
    let clock = 0;
    const finished = await workInPieces(
      1000,
      (from, to) => {
        handled += to - from;
        clock += (to - from) * 1;
      },
      () => pieces++,
      {
        budgetMs: 10,
        firstStep: 5,
        now: () => clock,
        pause: async () => {},
        alive: () => pieces < 3,
      },
    );
    expect(finished).toBe(false);
    expect(pieces).toBe(3);
    expect(handled).toBeLessThan(1000);
  });

  it("reports progress after each piece, ending at the count", async () => {
    const reports: number[] = [];
    let clock = 0;
    await workInPieces(
      100,
      (from, to) => {
        clock += to - from;
      },
      (n) => reports.push(n),
      { budgetMs: 20, firstStep: 5, now: () => clock, pause: async () => {} },
    );
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.at(-1)).toBe(100);
    for (let k = 1; k < reports.length; k++) expect(reports[k]!).toBeGreaterThan(reports[k - 1]!);
  });

  it("does nothing, and pauses never, for no items", async () => {
    let pauses = 0;
    const finished = await workInPieces(0, () => expect.fail("no step"), undefined, {
      pause: async () => void pauses++,
    });
    expect(finished).toBe(true);
    expect(pauses).toBe(0);
  });

  it("covers any count exactly, whatever the costs", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3000 }),
        fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 100 }),
        async (count, costs, budget) => {
          const run = simulate(count, (i) => costs[i % costs.length]!, budget, 7);
          expect(await run.done).toBe(true);
          let next = 0;
          for (const s of run.steps) {
            expect(s.from).toBe(next);
            expect(s.to).toBeGreaterThan(s.from);
            next = s.to;
          }
          expect(next).toBe(count);
        },
      ),
      { numRuns: 150 },
    );
  });
});
