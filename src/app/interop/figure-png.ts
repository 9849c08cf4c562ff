/**
 * A PNG figure of the current view: cytoscape's own rendering of the
 * viewport at the chosen scale, with the legend drawn beside it on one
 * canvas. 1× is the graph's size on screen in CSS pixels, whatever the
 * screen's pixel ratio.
 */
import type cytoscape from "cytoscape";
import { drawLegend } from "./legend-canvas.ts";
import { figureSize, type LegendLayout } from "./legend-layout.ts";

export interface FigureOptions {
  scale: number;
  transparent: boolean;
  /** Draws what lies beneath cytoscape's drawing (the overview tie layer), at this scale. */
  underlay?: (ctx: CanvasRenderingContext2D, scale: number) => void;
}

export const FIGURE_BACKGROUND = "#ffffff";

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))),
      "image/png",
    ),
  );
}

export async function pngFigure(
  cy: cytoscape.Core,
  legend: LegendLayout,
  { scale, transparent, underlay }: FigureOptions,
): Promise<Blob> {
  const view = { width: cy.width(), height: cy.height() };
  const size = figureSize(view, legend, scale);
  // maxWidth/maxHeight fix the scale exactly, without the device pixel ratio
  const graph = await cy.png({
    output: "blob-promise",
    full: false,
    maxWidth: size.graphWidth,
    maxHeight: size.graphHeight,
    ...(transparent ? {} : { bg: FIGURE_BACKGROUND }),
  });
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("the browser gave no canvas to draw on");
  if (!transparent) {
    ctx.fillStyle = FIGURE_BACKGROUND;
    ctx.fillRect(0, 0, size.width, size.height);
  }
  underlay?.(ctx, size.graphWidth / view.width);
  const bitmap = await createImageBitmap(graph);
  ctx.drawImage(bitmap, 0, 0, size.graphWidth, size.graphHeight);
  bitmap.close();
  ctx.scale(scale, scale);
  drawLegend(ctx, legend, view.width, 0, null);
  return toBlob(canvas);
}
