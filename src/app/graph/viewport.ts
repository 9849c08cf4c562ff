/**
 * The camera that fits a set of points, computed from positions alone.
 * Cytoscape's own `fit` measures every element's bounding box (labels and
 * edges included), which costs seconds on large graphs; node centres plus a
 * margin for the node's size are enough to frame an overview.
 */
export interface Camera {
  zoom: number;
  pan: { x: number; y: number };
}

export function fitPoints(
  points: Iterable<{ x: number; y: number }>,
  viewport: { width: number; height: number },
  options: { padding: number; nodeSize: number; minZoom: number; maxZoom: number },
): Camera | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const { x, y } of points) {
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  if (x1 > x2) return null;
  const half = options.nodeSize / 2;
  const w = x2 - x1 + 2 * half;
  const h = y2 - y1 + 2 * half;
  const room = {
    width: Math.max(1, viewport.width - 2 * options.padding),
    height: Math.max(1, viewport.height - 2 * options.padding),
  };
  const zoom = Math.min(
    options.maxZoom,
    Math.max(options.minZoom, Math.min(room.width / w, room.height / h)),
  );
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return { zoom, pan: { x: viewport.width / 2 - zoom * cx, y: viewport.height / 2 - zoom * cy } };
}
