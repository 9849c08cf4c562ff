/**
 * How big a computed layout is drawn. Force layouts come out at an
 * arbitrary scale; scaled so that the whole network spans about 60 units
 * per √actor (room around each actor at a few hundred actors), and at most
 * MAX_EXTENT units, so that when everything is in view on an ordinary
 * screen an actor is still a few pixels wide even at 50,000 actors.
 */

export type Points = Record<string, { x: number; y: number }>;

export const MAX_EXTENT = 4000;
const UNITS_PER_ROOT = 60;

/** The width (and height) the layout of `actors` actors should span, in graph units. */
export function targetExtent(actors: number): number {
  return Math.min(MAX_EXTENT, UNITS_PER_ROOT * Math.sqrt(Math.max(1, actors)));
}

/** The points scaled about their centre so that their larger side spans `extent`, centred on 0. */
export function scaleToExtent(points: Points, extent: number): Points {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of Object.values(points)) {
    if (p.x < x1) x1 = p.x;
    if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y;
    if (p.y > y2) y2 = p.y;
  }
  const side = Math.max(x2 - x1, y2 - y1);
  const k = side > 0 && Number.isFinite(side) ? extent / side : 1;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const out: Points = {};
  for (const [id, p] of Object.entries(points)) {
    out[id] = {
      x: Math.round((p.x - cx) * k * 10) / 10,
      y: Math.round((p.y - cy) * k * 10) / 10,
    };
  }
  return out;
}
