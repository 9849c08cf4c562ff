import { describe, expect, it } from "vitest";
import {
  activeIn,
  eventInterval,
  overlaps,
  periodInterval,
  windowInterval,
} from "../../src/core/time/interval.ts";

const day = (d: string) => windowInterval({ start: d, end: d })!;

describe("interval rules for partial dates", () => {
  it("a month overlaps each of its days and no other", () => {
    const january = periodInterval({ start: "2022-01", end: "2022-01" });
    expect(overlaps(january, day("2022-01-05"))).toBe(true);
    expect(overlaps(january, day("2022-01-31"))).toBe(true);
    expect(overlaps(january, day("2022-02-01"))).toBe(false);
    expect(overlaps(january, day("2021-12-31"))).toBe(false);
  });

  it("an end date covers its whole span", () => {
    expect(activeIn({ start: "2019", end: "2022-01" }, day("2022-01-20"))).toBe(true);
    expect(activeIn({ end: "2021" }, day("2022-01-01"))).toBe(false);
  });

  it("open ends run forever; no dates at all is undated", () => {
    expect(activeIn({ start: "2022-01-05" }, day("2030-01-01"))).toBe(true);
    expect(activeIn({ start: "2022-01-05" }, day("2022-01-04"))).toBe(false);
    expect(activeIn(undefined, day("2022-01-04"))).toBeUndefined();
    expect(activeIn({}, day("2022-01-04"))).toBeUndefined();
  });

  it("handles leap years and rejects impossible windows", () => {
    expect(windowInterval({ start: "2024-02-29", end: "2024-02-29" })).not.toBeNull();
    expect(windowInterval({ start: "2022-02-29", end: "2022-03-01" })).toBeNull();
    expect(windowInterval({ start: "2022-02", end: "2022-01" })).toBeNull();
  });

  it("an event's interval comes from its date or its period", () => {
    expect(eventInterval({ date: "2022-01" })).toEqual(
      periodInterval({ start: "2022-01", end: "2022-01" }),
    );
    expect(eventInterval({ period: { start: "2022-01-05", end: "2022-01-08" } })?.last).toBe(
      day("2022-01-08").last,
    );
  });
});

describe("timeline model", async () => {
  const { buildTimelineModel } = await import("../../src/core/time/timeline-model.ts");
  it("spans every event and tie date, even for hundreds of thousands of ties", () => {
    const ties = Array.from({ length: 300_000 }, (_, i) => ({
      id: `t${i}`,
      source: "a",
      target: "b",
      type: "control",
      certainty: "reported" as const,
      period: { start: i === 7 ? "2001-03" : "2010", end: "2012" },
    }));
    const model = buildTimelineModel({
      schemaVersion: "1.0",
      meta: { title: "x" },
      actors: [],
      ties,
    });
    expect(model?.extent.first).toBe(
      windowInterval({ start: "2001-03-01", end: "2001-03-01" })!.first,
    );
    expect(model?.extent.last).toBe(
      windowInterval({ start: "2012-12-31", end: "2012-12-31" })!.first,
    );
    expect(model?.ticks.starts).toHaveLength(300_000);
    expect(model?.ticks.ends).toHaveLength(300_000);
  });

  it("ticks only the ends a tie has: an open start or end, or no period, gives none", () => {
    const tie = (id: string, period?: { start?: string; end?: string }) => ({
      id,
      source: "a",
      target: "b",
      type: "control",
      certainty: "reported" as const,
      ...(period ? { period } : {}),
    });
    const model = buildTimelineModel({
      schemaVersion: "1.0",
      meta: { title: "x" },
      actors: [],
      ties: [
        tie("open-end", { start: "2020-05" }),
        tie("open-start", { end: "2021" }),
        tie("undated"),
        tie("empty", {}),
      ],
    });
    const day = (d: string) => windowInterval({ start: d, end: d })!.first;
    expect(Array.from(model!.ticks.starts)).toEqual([day("2020-05-01")]);
    expect(Array.from(model!.ticks.ends)).toEqual([day("2021-12-31")]);
    expect(model?.extent).toEqual({ first: day("2020-05-01"), last: day("2021-12-31") });
  });
});
