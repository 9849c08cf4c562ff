/**
 * The figure legend drawn on a canvas for PNG figures. Text is drawn with
 * fillText, so dataset labels are pixels, never markup.
 */
import type { LegendSymbol } from "./legend-items.ts";
import { LEGEND, type LegendLayout, type Measure } from "./legend-layout.ts";
import { shapeGeometry } from "./legend-shapes.ts";

/** Measures text with a canvas, in the fonts the legend is drawn with. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return (text) => text.length * 7;
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

function drawSymbol(ctx: CanvasRenderingContext2D, symbol: LegendSymbol, x: number, y: number) {
  ctx.save();
  switch (symbol.kind) {
    case "none":
      break;
    case "swatch":
      ctx.beginPath();
      ctx.arc(x + 7, y, 6, 0, 2 * Math.PI);
      ctx.fillStyle = symbol.color;
      ctx.fill();
      ctx.strokeStyle = "#ffffff";
      ctx.lineWidth = 1;
      ctx.stroke();
      break;
    case "split":
      symbol.colors.forEach((color, i) => {
        ctx.beginPath();
        ctx.arc(x + 7, y, 6, -Math.PI / 2, Math.PI / 2, i === 1);
        ctx.closePath();
        ctx.fillStyle = color;
        ctx.fill();
      });
      break;
    case "shape": {
      const g = shapeGeometry(symbol.shape);
      const top = y - 7;
      ctx.fillStyle = "#555555";
      ctx.beginPath();
      if (g.kind === "circle") ctx.arc(x + g.cx, top + g.cy, g.r, 0, 2 * Math.PI);
      else if (g.kind === "rect") ctx.roundRect(x + g.x, top + g.y, g.width, g.height, g.radius);
      else
        g.points.forEach(([px, py], i) =>
          (i ? ctx.lineTo : ctx.moveTo).call(ctx, x + px, top + py),
        );
      ctx.closePath();
      ctx.fill();
      break;
    }
    case "line": {
      ctx.globalAlpha = symbol.opacity;
      ctx.strokeStyle = symbol.color;
      ctx.lineWidth = symbol.width;
      ctx.setLineDash(symbol.dash);
      ctx.beginPath();
      ctx.moveTo(x + 1, y);
      ctx.lineTo(symbol.arrow ? x + 21 : x + 27, y);
      ctx.stroke();
      if (symbol.arrow) {
        ctx.setLineDash([]);
        ctx.fillStyle = symbol.color;
        ctx.beginPath();
        ctx.moveTo(x + 20, y - 4);
        ctx.lineTo(x + 27, y);
        ctx.lineTo(x + 20, y + 4);
        ctx.closePath();
        ctx.fill();
      }
      break;
    }
  }
  ctx.restore();
}

/** Draws the legend with its top-left corner at (x, y), in the context's current units. */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  layout: LegendLayout,
  x: number,
  y: number,
  background: string | null,
): void {
  ctx.save();
  ctx.translate(x, y);
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, layout.width, layout.height);
  }
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  for (const entry of layout.entries) {
    ctx.fillStyle = LEGEND.textColor;
    if (entry.kind === "title") {
      ctx.font = LEGEND.titleFont;
      ctx.fillText(entry.text, entry.x, entry.y);
      continue;
    }
    drawSymbol(ctx, entry.symbol, entry.x, entry.y);
    ctx.fillStyle = LEGEND.textColor;
    ctx.font = LEGEND.textFont;
    for (const line of entry.lines) ctx.fillText(line.text, entry.textX, line.y);
  }
  ctx.restore();
}
