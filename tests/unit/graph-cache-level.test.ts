/**
 * After a layout, the camera stays on the level of scale cytoscape has
 * already drawn the actors at, when that takes little off the view
 * (src/app/graph/cache-level.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cacheLevel, keepCacheLevel, MIN_KEPT_ZOOM } from "../../src/app/graph/cache-level.ts";
import { LARGE_GRAPH_PIXEL_RATIO } from "../../src/app/graph/cytoscape-options.ts";

const ratio = LARGE_GRAPH_PIXEL_RATIO;
const viewport = { width: 1000, height: 600 };
const camera = (zoom: number) => ({ zoom, pan: { x: 120, y: -40 } });

describe("keepCacheLevel", () => {
  it("keeps the level a 50k cold load crossed (zoom 0.1244 before the layout, 0.1268 after)", () => {
    expect(cacheLevel(0.1244, ratio)).toBe(-3);
    expect(cacheLevel(0.1268, ratio)).toBe(-2);
    const kept = keepCacheLevel(camera(0.1268), 0.1244, ratio, viewport);
    expect(cacheLevel(kept.zoom, ratio)).toBe(-3);
    expect(kept.zoom).toBeCloseTo(0.125 / ratio, 6);
  });

  it("zooms about the viewport's centre, so what was in the middle stays there", () => {
    const before = camera(0.1268);
    const kept = keepCacheLevel(before, 0.1244, ratio, viewport);
    // the model point under the centre, before and after
    const centre = (c: typeof before) => ({
      x: (viewport.width / 2 - c.pan.x) / c.zoom,
      y: (viewport.height / 2 - c.pan.y) / c.zoom,
    });
    expect(centre(kept).x).toBeCloseTo(centre(before).x, 6);
    expect(centre(kept).y).toBeCloseTo(centre(before).y, 6);
  });

  it("leaves a camera on the same level, or below it, as it is", () => {
    expect(keepCacheLevel(camera(0.1), 0.12, ratio, viewport)).toEqual(camera(0.1));
    expect(keepCacheLevel(camera(0.05), 0.12, ratio, viewport)).toEqual(camera(0.05));
  });

  it("leaves a camera two levels up, or one that would lose more than a quarter of its zoom", () => {
    expect(keepCacheLevel(camera(0.3), 0.12, ratio, viewport)).toEqual(camera(0.3));
    expect(keepCacheLevel(camera(0.24), 0.12, ratio, viewport)).toEqual(camera(0.24));
  });

  it("never zooms in, and never further out than MIN_KEPT_ZOOM allows", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 8, noNaN: true }),
        fc.double({ min: 0.001, max: 8, noNaN: true }),
        (zoom, built) => {
          const kept = keepCacheLevel(camera(zoom), built, ratio, viewport);
          expect(kept.zoom).toBeLessThanOrEqual(zoom);
          expect(kept.zoom).toBeGreaterThanOrEqual(zoom * MIN_KEPT_ZOOM);
          if (kept.zoom !== zoom) {
            expect(cacheLevel(kept.zoom, ratio)).toBe(cacheLevel(built, ratio));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
