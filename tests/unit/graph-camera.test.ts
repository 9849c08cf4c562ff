/** Camera moves over cytoscape (app/graph/camera.ts), in a headless instance. */
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { cameraOnActors, freePosition, viewportCenter } from "../../src/app/graph/camera.ts";

function drawing(points: Record<string, { x: number; y: number }>): cytoscape.Core {
  return cytoscape({
    headless: true,
    layout: { name: "preset" },
    elements: Object.entries(points).map(([id, position]) => ({
      group: "nodes" as const,
      data: { id },
      position,
    })),
  });
}

describe("freePosition", () => {
  it("is the middle of the view when nothing is near it", () => {
    const cy = drawing({ far: { x: 5000, y: 5000 } });
    expect(freePosition(cy, 70)).toEqual(viewportCenter(cy));
  });

  it("keeps at least the clearance from every actor", () => {
    const crowd: Record<string, { x: number; y: number }> = {};
    for (let i = -2; i <= 2; i++)
      for (let j = -2; j <= 2; j++) crowd[`a${i}${j}`] = { x: i * 30, y: j * 30 };
    const cy = drawing(crowd);
    const centre = viewportCenter(cy);
    const p = freePosition(cy, 70);
    for (const q of Object.values(crowd))
      expect(Math.hypot(q.x - p.x, q.y - p.y)).toBeGreaterThanOrEqual(70);
    // and it stays near the middle rather than anywhere free
    expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThan(300);
  });
});

describe("cameraOnActors", () => {
  it("frames the drawn actors among the ids and ignores the rest", () => {
    const cy = drawing({ a: { x: -100, y: 0 }, b: { x: 100, y: 0 } });
    const both = cameraOnActors(cy, ["a", "b", "not-drawn"]);
    const same = cameraOnActors(cy, ["a", "b"]);
    expect(both).not.toBeNull();
    expect(both).toEqual(same);
    expect(cameraOnActors(cy, ["not-drawn"])).toBeNull();
  });
});
