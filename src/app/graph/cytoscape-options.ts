/**
 * What the app asks of cytoscape, elements and container aside: shared by
 * the adapter and the benchmark's "cytoscape with the app's style"
 * baseline, so that the baseline measures exactly the app's options.
 */
import type cytoscape from "cytoscape";
import type { ResolvedVocabulary } from "../../../schema/index.ts";
import { buildStylesheet } from "./stylesheet.ts";

/**
 * The pixel ratio of a large graph's canvases: one device pixel per CSS
 * pixel, nudged just above 1. At a ratio of 1 or less cytoscape renders the
 * texture it pans and zooms (`textureOnViewport`) at twice the ratio, a
 * level of detail its element caches do not hold yet, so the first pan drew
 * every actor afresh, each drawn then copied from the same cache canvas:
 * a frame of about 4 s at 10k actors (docs/benchmarks.md). Above 1 the
 * texture is drawn at the canvases' own level, from the caches the view
 * already has. The nudge leaves canvases up to 9,999 pixels wide the same
 * size in whole pixels.
 */
export const LARGE_GRAPH_PIXEL_RATIO = 1.0001;

export function cytoscapeOptions(
  vocabulary: ResolvedVocabulary,
  large: boolean,
  webgl = false,
): cytoscape.CytoscapeOptions {
  return {
    // cytoscape's WebGL renderer (renderer-choice.ts says when it is used)
    ...(webgl ? ({ webgl: true } as cytoscape.CytoscapeOptions) : {}),
    style: buildStylesheet(vocabulary, { large }),
    // the caller fits the camera: cytoscape's fit measures every element
    layout: { name: "preset", fit: false } as cytoscape.LayoutOptions,
    minZoom: 0.02,
    maxZoom: 6,
    boxSelectionEnabled: false,
    selectionType: "single",
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    hideLabelsOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? LARGE_GRAPH_PIXEL_RATIO : "auto",
  };
}
