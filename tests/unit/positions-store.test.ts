/** Positions kept for the session: what is read back from storage, whatever was written there. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadPositions, savePositions } from "../../src/app/graph/positions-store.ts";

const store = new Map<string, string>();
beforeEach(() => {
  (globalThis as { sessionStorage?: unknown }).sessionStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
});
afterEach(() => {
  store.clear();
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
});
