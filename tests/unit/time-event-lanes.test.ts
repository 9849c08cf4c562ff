/** The timeline's event lanes: titles never overlap, and fit whole where there is room. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeEvents, type EventSpan } from "../../src/core/time/event-lanes.ts";

const OPTIONS = { lanes: 4, charWidth: 5, gap: 4, right: 1000 };

const spans = fc
  .array(
    fc.record({
      title: fc.string({ minLength: 1, maxLength: 60 }),
      x1: fc.integer({ min: 0, max: 990 }),
      width: fc.integer({ min: 6, max: 300 }),
    }),
    { maxLength: 80 },
  )
  .map((items) =>
    items
      .map((e, i): EventSpan => ({ id: `e${i}`, title: e.title, x1: e.x1, x2: e.x1 + e.width }))
      .sort((a, b) => a.x1 - b.x1),
  );

describe("placeEvents", () => {
  it("keeps every label within its lane's room: before the next event's bar, never over another label", () => {
    fc.assert(
      fc.property(spans, (events) => {
        const placed = placeEvents(events, OPTIONS);
        expect(placed.size).toBe(events.length);
        for (let lane = 0; lane < OPTIONS.lanes; lane++) {
          const inLane = events.filter((e) => placed.get(e.id)!.lane === lane);
          inLane.forEach((event, i) => {
            const { label, labelWidth } = placed.get(event.id)!;
            const end = event.x1 + 3 + labelWidth;
            const next = inLane[i + 1];
            if (label)
              expect(end).toBeLessThanOrEqual(next ? next.x1 - OPTIONS.gap : OPTIONS.right);
            // the label is the title, or its beginning with an ellipsis
            if (label && label !== event.title) {
              expect(label.endsWith("…")).toBe(true);
              expect(event.title.startsWith(label.slice(0, -1))).toBe(true);
            }
          });
        }
        for (const p of placed.values()) expect(p.lane).toBeLessThan(OPTIONS.lanes);
      }),
    );
  });

  it("spreads events that overlap in time over the lanes, and writes whole titles where there is room", () => {
    const events: EventSpan[] = [
      { id: "a", title: "Protests spread", x1: 10, x2: 200 },
      { id: "b", title: "Curfew", x1: 20, x2: 60 },
      { id: "c", title: "Internet shutdown", x1: 30, x2: 90 },
      { id: "d", title: "Troops arrive", x1: 400, x2: 420 },
    ];
    const placed = placeEvents(events, OPTIONS);
    expect(["a", "b", "c"].map((id) => placed.get(id)!.lane)).toEqual([0, 1, 2]);
    expect(placed.get("d")).toEqual({ lane: 0, label: "Troops arrive", labelWidth: 65 });
    expect(placed.get("a")!.label).toBe("Protests spread");
  });

  it("shortens a title that meets the next event, and leaves out one with no room at all", () => {
    const placed = placeEvents(
      [
        { id: "long", title: "Government dismissed; state of emergency", x1: 0, x2: 10 },
        { id: "next", title: "Next", x1: 60, x2: 70 },
        { id: "tight", title: "Tight", x1: 64, x2: 66 },
        { id: "t2", title: "T2", x1: 65, x2: 66 },
        { id: "t3", title: "T3", x1: 66, x2: 67 },
        { id: "crowded", title: "Crowded", x1: 67, x2: 68 },
      ],
      { ...OPTIONS, lanes: 2 },
    );
    expect(placed.get("long")!.label).toBe("Governmen…");
    expect(placed.get("long")!.labelWidth).toBeLessThanOrEqual(60 - 4 - 3);
    const labels = [...placed.values()].map((p) => p.label);
    expect(labels).toContain("");
  });
});
