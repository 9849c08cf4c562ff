import { describe, expect, it } from "vitest";
import { termCounts } from "../../src/core/filter/term-counts.ts";
import { tinyDataset } from "./helpers/tiny-dataset.ts";

describe("term counts", () => {
  it("counts each actor once per domain and role, and the first role apart", () => {
    const dataset = tinyDataset();
    const counts = termCounts(dataset);
    for (const [field, key] of [
      ["domains", "domains"],
      ["roles", "roles"],
    ] as const) {
      const expected = new Map<string, number>();
      for (const a of dataset.actors)
        for (const t of a[key]) expected.set(t, (expected.get(t) ?? 0) + 1);
      expect(counts[field]).toEqual(expected);
    }
    expect(counts.domains.get("markets")).toBe(2);
    const primary = new Map<string, number>();
    for (const a of dataset.actors) primary.set(a.roles[0]!, (primary.get(a.roles[0]!) ?? 0) + 1);
    expect(counts.primaryRoles).toEqual(primary);
    expect([...counts.kinds.values()].reduce((a, b) => a + b, 0)).toBe(dataset.actors.length);
    expect([...counts.tieTypes.values()].reduce((a, b) => a + b, 0)).toBe(dataset.ties.length);
    expect([...counts.certainties.values()].reduce((a, b) => a + b, 0)).toBe(dataset.ties.length);
  });

  it("is counted once per dataset, and again for an edited copy", () => {
    const dataset = tinyDataset();
    const first = termCounts(dataset);
    expect(termCounts(dataset)).toBe(first);
    const edited = { ...dataset, ties: dataset.ties.slice(1) };
    const again = termCounts(edited);
    expect(again).not.toBe(first);
    expect([...again.tieTypes.values()].reduce((a, b) => a + b, 0)).toBe(dataset.ties.length - 1);
  });
});
