/** Positions kept for the session: what is read back from storage, whatever was written there. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Positions } from "../../src/app/graph/elements.ts";
import { loadPositions, PART_ACTORS, savePositions } from "../../src/app/graph/positions-store.ts";

const store = new Map<string, string>();
/** Longest value the fake storage takes. */
let quota = Infinity;
beforeEach(() => {
  (globalThis as { sessionStorage?: unknown }).sessionStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > quota) throw new DOMException("full", "QuotaExceededError");
      store.set(k, v);
    },
    removeItem: (k: string) => void store.delete(k),
  };
});
afterEach(() => {
  store.clear();
  quota = Infinity;
  delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
});

describe("positions store", () => {
  it("reads back what it saved", () => {
    savePositions("d", { a: { x: 1, y: -2.5 }, b: { x: 0, y: 0 } });
    expect({ ...loadPositions("d") }).toEqual({ a: { x: 1, y: -2.5 }, b: { x: 0, y: 0 } });
    expect(loadPositions("other")).toBeNull();
  });

  it("drops entries that are not finite positions, and invents none for inherited names", () => {
    store.set(
      "tamyr:positions:d",
      '{"a":{"x":1,"y":2},"b":{"x":"1","y":2},"c":null,"d":{"x":1},"e":{"x":1e999,"y":0},"__proto__":{"x":3,"y":4}}',
    );
    const positions = loadPositions("d")!;
    expect(Object.keys(positions).sort()).toEqual(["__proto__", "a"]);
    expect(positions["constructor"]).toBeUndefined();
    expect(positions["toString"]).toBeUndefined();
  });

  it("reads nothing from text that is not an object of positions", () => {
    for (const text of ["not json", "[1,2]", "42", "null", '"x"']) {
      store.set("tamyr:positions:d", text);
      expect(loadPositions("d")).toBeNull();
    }
  });

  describe("a large layout", () => {
    const layout = (n: number, shift = 0): Positions => {
      const out: Positions = {};
      for (let i = 0; i < n; i++) out[`actor-${i}`] = { x: i + shift, y: -(i + 1) / 3 };
      return out;
    };
    const now = () => Promise.resolve();
    /** The most positions any one stored value holds. */
    const largestWrite = () =>
      Math.max(
        ...[...store.values()].map((v) =>
          v.startsWith("{") ? Object.keys(JSON.parse(v) as object).length : 0,
        ),
      );

    it("is written in parts of at most PART_ACTORS actors and read back whole", async () => {
      const positions = layout(PART_ACTORS * 2 + 7);
      await savePositions("big", positions, now);
      expect(largestWrite()).toBeLessThanOrEqual(PART_ACTORS);
      expect({ ...loadPositions("big") }).toEqual(positions);
    });

    it("is written after the task that asks for it, a part per task", async () => {
      const pauses: Array<() => void> = [];
      const pause = () => new Promise<void>((resolve) => pauses.push(resolve));
      const saving = savePositions("big", layout(PART_ACTORS * 3), pause);
      expect(loadPositions("big")).toBeNull();
      for (let written = 0; written < 3; written++) {
        await Promise.resolve();
        expect(pauses.length).toBe(written + 1);
        // until the last part is written, a load finds nothing rather than part of the layout
        expect(loadPositions("big")).toBeNull();
        pauses[written]!();
      }
      await saving;
      expect(Object.keys(loadPositions("big")!)).toHaveLength(PART_ACTORS * 3);
    });

    it("gives way to a later save, and leaves none of its parts behind", async () => {
      const first = savePositions("big", layout(PART_ACTORS * 3), now);
      const second = savePositions("big", layout(PART_ACTORS + 1, 100), now);
      await Promise.all([first, second]);
      expect(loadPositions("big")!["actor-0"]).toEqual({ x: 100, y: -1 / 3 });
      expect(Object.keys(loadPositions("big")!)).toHaveLength(PART_ACTORS + 1);
      await savePositions("big", { a: { x: 1, y: 2 } }, now);
      expect({ ...loadPositions("big") }).toEqual({ a: { x: 1, y: 2 } });
      expect([...store.keys()]).toEqual(["tamyr:positions:big"]);
    });

    it("is not read when a part is missing, and leaves nothing when storage fills up", async () => {
      await savePositions("big", layout(PART_ACTORS * 2), now);
      store.delete("tamyr:positions-part:1:big");
      expect(loadPositions("big")).toBeNull();
      store.clear();
      await savePositions("big", layout(PART_ACTORS * 2), now);
      const full = [...store.values()].reduce((m, v) => Math.max(m, v.length), 0);
      store.clear();
      quota = full - 1;
      await expect(savePositions("big", layout(PART_ACTORS * 2), now)).resolves.toBeUndefined();
      expect(loadPositions("big")).toBeNull();
      expect(store.size).toBe(0);
    });
  });
});
