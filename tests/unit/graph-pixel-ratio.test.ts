/**
 * A large graph's canvases: one device pixel per CSS pixel, with the ratio
 * just above 1 (cytoscape draws its pan-and-zoom texture at twice the ratio
 * when the ratio is 1 or less, from element caches it has not built yet).
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_VOCABULARY } from "../../schema/index.ts";
import {
  cytoscapeOptions,
  LARGE_GRAPH_PIXEL_RATIO,
} from "../../src/app/graph/cytoscape-options.ts";

describe("the pixel ratio of a large graph", () => {
  const vocabulary = DEFAULT_VOCABULARY;

  it("is above 1, so cytoscape draws its viewport texture at the canvases' own level", () => {
    const options = cytoscapeOptions(vocabulary, true);
    expect(options.pixelRatio).toBe(LARGE_GRAPH_PIXEL_RATIO);
    expect(LARGE_GRAPH_PIXEL_RATIO).toBeGreaterThan(1);
    expect(options.textureOnViewport).toBe(true);
  });

  it("keeps canvases of any screen width the same size in whole pixels", () => {
    for (const width of [320, 1366, 1400, 1920, 2560, 3840, 7680, 9999]) {
      expect(Math.floor(width * LARGE_GRAPH_PIXEL_RATIO)).toBe(width);
    }
  });

  it("leaves small graphs at the device's own ratio", () => {
    expect(cytoscapeOptions(vocabulary, false).pixelRatio).toBe("auto");
  });
});
