/**
 * The pure parts of drawing large graphs: which ties cytoscape draws in
 * full and which actors carry names (detail-ties.ts), and how the overview
 * layer groups the rest into strokes (tie-batches.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detailFor, type DetailInput } from "../../src/app/graph/detail-ties.ts";
import { batchTies, type LayerTie, type TieLook } from "../../src/app/graph/tie-batches.ts";

/** Actors a0…a(n-1) on a line at x = 10·i, ties between neighbours. */
function line(n: number) {
  const positions = new Map<string, { x: number; y: number }>();
  for (let i = 0; i < n; i++) positions.set(`a${i}`, { x: 10 * i, y: 0 });
  const ties = [];
  for (let i = 1; i < n; i++) ties.push({ id: `t${i}`, source: `a${i - 1}`, target: `a${i}` });
  return { positions, ties };
}

type Tie = { id: string; source: string; target: string };

function input(
  n: number,
  extent: DetailInput["extent"],
  extra: { always?: string[]; shownTies?: Tie[] } = {},
): DetailInput & { shownTies: Tie[]; limits: { actors: number; ties: number } } {
  const { positions, ties } = line(n);
  return {
    extent,
    position: (id: string) => positions.get(id),
    shownActors: [...positions.keys()],
    shownTies: extra.shownTies ?? ties,
    always: extra.always ?? [],
    limits: { actors: 5, ties: 3 },
  };
}

describe("detailFor", () => {
  it("draws nothing in full and names nobody when the view is crowded", () => {
    const detail = detailFor(input(100, { x1: -1, y1: -1, x2: 1000, y2: 1 }));
    expect(detail.ties.size).toBe(0);
    expect(detail.actors).toBeNull();
  });

  it("draws the ties of the actors in view, within the budget, once few are in view", () => {
    // a10..a13 in view: ties t10..t14 touch them; the budget is 3
    const detail = detailFor(input(100, { x1: 95, y1: -1, x2: 135, y2: 1 }));
    expect([...(detail.actors ?? [])].sort()).toEqual(["a10", "a11", "a12", "a13"]);
    expect([...detail.ties]).toEqual(["t10", "t11", "t12"]);
  });

  it("always draws the ties a reader picked, crowded or not, if they are shown", () => {
    const crowded = detailFor(
      input(100, { x1: -1, y1: -1, x2: 1000, y2: 1 }, { always: ["t50", "t99", "gone"] }),
    );
    expect([...crowded.ties].sort()).toEqual(["t50", "t99"]);
  });

  it("ignores hidden actors and ties: only what is passed as shown counts", () => {
    const base = input(20, { x1: -1, y1: -1, x2: 45, y2: 1 });
    const detail = detailFor({ ...base, shownTies: base.shownTies.filter((t) => t.id !== "t2") });
    expect(detail.ties.has("t2")).toBe(false);
  });

  it("never exceeds the budget, and every tie it adds touches an actor in view", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: -50, max: 650 }),
        fc.integer({ min: 0, max: 200 }),
        (n, x1, width) => {
          const args = input(n, { x1, y1: -1, x2: x1 + width, y2: 1 });
          const { ties, actors } = detailFor(args);
          expect(ties.size).toBeLessThanOrEqual(args.limits.ties);
          if (actors === null) expect(ties.size).toBe(0);
          for (const id of ties) {
            const tie = args.shownTies.find((t) => t.id === id);
            expect(tie && (actors?.has(tie.source) || actors?.has(tie.target))).toBe(true);
          }
        },
      ),
    );
  });
});

describe("batchTies", () => {
  const tie = (id: string, color: string, opacity: number): LayerTie & TieLook => ({
    id,
    source: "a",
    target: "b",
    color,
    opacity,
  });

  it("puts every tie in exactly one batch of its own colour and opacity", () => {
    const ties = [
      tie("1", "#f00", 0.5),
      tie("2", "#00f", 0.5),
      tie("3", "#f00", 0.5),
      tie("4", "#f00", 0.1),
    ];
    const batches = batchTies(ties, (t) => t);
    expect(batches).toHaveLength(3);
    expect(batches.flatMap((b) => b.ties.map((t) => t.id)).sort()).toEqual(["1", "2", "3", "4"]);
    for (const b of batches)
      for (const t of b.ties) expect([t.color, t.opacity]).toEqual([b.color, b.opacity]);
    // the ties themselves, not copies
    expect(batches.flatMap((b) => b.ties)).toEqual(expect.arrayContaining(ties));
    for (const t of batches.flatMap((b) => b.ties)) expect(ties.includes(t)).toBe(true);
  });

  it("orders batches from faint to strong, so that strong ties are drawn on top", () => {
    const batches = batchTies(
      [tie("1", "#f00", 0.9), tie("2", "#f00", 0.1), tie("3", "#0f0", 0.5)],
      (t) => t,
    );
    expect(batches.map((b) => b.opacity)).toEqual([0.1, 0.5, 0.9]);
  });
});
