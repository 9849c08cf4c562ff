/**
 * Cytoscape's canvas renderer keeps a picture of every actor per level of
 * scale, a level being a power of two: the level for a zoom z drawn at pixel
 * ratio r is ceil(log2(z · r)). The first drawing of many actors at a level
 * it has not built yet is slow (about 0.4 ms per actor in the benchmark's
 * Chromium: a single frame of over 20 s for 50,000 actors). Drawing from a
 * level it has, even the one below, is not.
 *
 * After a computed layout is applied, the camera is fitted again to a spread
 * of about the same size (core/view/layout-scale.ts), so the new zoom is
 * close to the old one, and lands on the level above it often enough.
 * `keepCacheLevel` zooms such a camera out to the top of the level already
 * built, when that takes little off the view.
 */
import type { Camera } from "./viewport.ts";

/** The level cytoscape's element pictures are drawn at for this zoom and pixel ratio. */
export function cacheLevel(zoom: number, pixelRatio: number): number {
  return Math.ceil(Math.log2(zoom * pixelRatio));
}

/** A camera is zoomed out to the built level only if it keeps at least this share of its zoom. */
export const MIN_KEPT_ZOOM = 0.75;

/**
 * `camera`, or the same view zoomed out about the viewport's centre so that
 * it stays on the level `builtZoom` was drawn at: only when the camera would
 * be one level above it, and at most by the factor MIN_KEPT_ZOOM. A camera on
 * the same level or below it is returned as it is (cytoscape draws a level
 * below from the pictures above it).
 */
export function keepCacheLevel(
  camera: Camera,
  builtZoom: number,
  pixelRatio: number,
  viewport: { width: number; height: number },
): Camera {
  const built = cacheLevel(builtZoom, pixelRatio);
  if (cacheLevel(camera.zoom, pixelRatio) !== built + 1) return camera;
  // the largest zoom still on the built level, a hair below its top for rounding
  const zoom = (2 ** built / pixelRatio) * (1 - 1e-9);
  if (zoom < camera.zoom * MIN_KEPT_ZOOM) return camera;
  const factor = zoom / camera.zoom;
  const cx = viewport.width / 2;
  const cy = viewport.height / 2;
  return {
    zoom,
    pan: { x: cx - (cx - camera.pan.x) * factor, y: cy - (cy - camera.pan.y) * factor },
  };
}
