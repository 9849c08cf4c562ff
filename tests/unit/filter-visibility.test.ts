import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, type FilterState } from "../../src/core/filter/filter-state.ts";
import { computeVisibility } from "../../src/core/filter/visible.ts";
import { tinyDataset } from "./helpers/tiny-dataset.ts";

const data = tinyDataset();
const run = (patch: Partial<FilterState>) =>
  computeVisibility(data, { ...DEFAULT_FILTERS, ...patch });
const sorted = (s: Set<string>) => [...s].sort();

describe("computeVisibility", () => {
  it("shows everything by default", () => {
    const v = run({});
    expect(v.actors.size).toBe(5);
    expect(v.ties.size).toBe(5);
  });

  it("keeps an actor while any of its domains is selected", () => {
    // the patron is in family and markets: hiding family alone keeps it
    expect(run({ hiddenDomains: ["family"] }).actors.has("patron")).toBe(true);
    const v = run({ hiddenDomains: ["family", "markets"] });
    expect(sorted(v.actors)).toEqual(["crowd", "mosque", "police"]);
    // ties lose an endpoint and disappear with it
    expect(sorted(v.ties)).toEqual(["t-rel"]);
  });

  it("filters by role and kind", () => {
    expect(sorted(run({ hiddenRoles: ["mobilizer"] }).actors)).toEqual([
      "crowd",
      "patron",
      "police",
    ]);
    expect(run({ hiddenKinds: ["crowd"] }).ties.has("t-mob")).toBe(false);
  });

  it("hides ties of hidden types and below the minimum certainty", () => {
    expect(run({ hiddenTieTypes: ["mobilization"] }).ties.has("t-mob")).toBe(false);
    expect(sorted(run({ minCertainty: "reported" }).ties)).toEqual(["t-kin", "t-mob", "t-rel"]);
    expect(sorted(run({ minCertainty: "established" }).ties)).toEqual(["t-kin", "t-rel"]);
    expect(run({ minCertainty: "alleged" }).ties.has("t-demob")).toBe(false);
  });

  it("hides isolated actors only when asked", () => {
    const v = run({ minCertainty: "established", hideIsolated: true });
    expect(sorted(v.actors)).toEqual(["crowd", "mosque", "patron"]);
  });

  it("applies a time window to dated ties and marks undated ones", () => {
    const jan4 = run({ window: { start: "2022-01-04", end: "2022-01-04" } });
    expect(jan4.ties.has("t-mob")).toBe(false);
    expect(jan4.ties.has("t-demob")).toBe(true); // open-ended from 2022-01
    expect(jan4.ties.has("t-rel")).toBe(false);
    expect(sorted(jan4.undatedTies)).toEqual(["t-control", "t-kin"]);
    const jan7 = run({ window: { start: "2022-01-07", end: "2022-01-07" } });
    expect(jan7.ties.has("t-mob")).toBe(true);
    const hidden = run({ window: { start: "2022-01-07", end: "2022-01-07" }, undated: "hide" });
    expect(hidden.ties.has("t-kin")).toBe(false);
    const shown = run({ window: { start: "2022-01-07", end: "2022-01-07" }, undated: "show" });
    expect(shown.ties.has("t-kin")).toBe(true);
    expect(shown.undatedTies.size).toBe(0);
  });
});
