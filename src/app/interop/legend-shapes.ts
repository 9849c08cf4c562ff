/**
 * Role shapes as polygons in a 14 × 14 box, for the figure legend (the same
 * drawing as the on-screen legend's ShapeIcon in legend/symbols.tsx).
 */
import type { NodeShape } from "./legend-items.ts";

const POINTS: Partial<Record<NodeShape, [number, number][]>> = {
  triangle: [
    [7, 1],
    [13, 13],
    [1, 13],
  ],
  "round-triangle": [
    [7, 1],
    [13, 13],
    [1, 13],
  ],
  diamond: [
    [7, 1],
    [13, 7],
    [7, 13],
    [1, 7],
  ],
  "round-diamond": [
    [7, 1],
    [13, 7],
    [7, 13],
    [1, 7],
  ],
  pentagon: [
    [7, 1],
    [13, 5.5],
    [10.7, 13],
    [3.3, 13],
    [1, 5.5],
  ],
  hexagon: [
    [4, 1],
    [10, 1],
    [13, 7],
    [10, 13],
    [4, 13],
    [1, 7],
  ],
  octagon: [
    [4.5, 1],
    [9.5, 1],
    [13, 4.5],
    [13, 9.5],
    [9.5, 13],
    [4.5, 13],
    [1, 9.5],
    [1, 4.5],
  ],
  star: [
    [7, 1],
    [8.8, 5.2],
    [13, 5.5],
    [9.8, 8.4],
    [10.8, 13],
    [7, 10.6],
    [3.2, 13],
    [4.2, 8.4],
    [1, 5.5],
    [5.2, 5.2],
  ],
  vee: [
    [1, 1],
    [7, 6],
    [13, 1],
    [7, 13],
  ],
  tag: [
    [1, 2],
    [9, 2],
    [13, 7],
    [9, 12],
    [1, 12],
  ],
};

export type ShapeGeometry =
  | { kind: "polygon"; points: [number, number][] }
  | { kind: "circle"; cx: number; cy: number; r: number }
  | { kind: "rect"; x: number; y: number; width: number; height: number; radius: number };

export function shapeGeometry(shape: NodeShape): ShapeGeometry {
  const points = POINTS[shape];
  if (points) return { kind: "polygon", points };
  if (shape === "ellipse") return { kind: "circle", cx: 7, cy: 7, r: 6 };
  return { kind: "rect", x: 1, y: 2, width: 12, height: 10, radius: shape === "rectangle" ? 0 : 3 };
}
