/**
 * The figure legend as SVG markup, and the graph SVG with the legend
 * beside it. Every piece of dataset text goes through escapeXml, so a term
 * label such as `R&D <Lab>` is text in the file, never markup.
 */
import type { LegendSymbol } from "./legend-items.ts";
import { LEGEND, type LegendLayout } from "./legend-layout.ts";
import { shapeGeometry } from "./legend-shapes.ts";
import { escapeXml } from "./svg-escape.ts";

export const num = (n: number) => String(Math.round(n * 100) / 100);

export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === "number" ? num(v) : v!)}"`)
    .join("");
}

/** The symbol with its left edge at x and its vertical centre at y. */
export function symbolSvg(symbol: LegendSymbol, x: number, y: number): string {
  switch (symbol.kind) {
    case "none":
      return "";
    case "swatch":
      return `<circle${attrs({ cx: x + 7, cy: y, r: 6, fill: symbol.color, stroke: "#ffffff" })}/>`;
    case "split":
      return (
        `<path${attrs({ d: `M${num(x + 7)} ${num(y - 6)} A6 6 0 0 1 ${num(x + 7)} ${num(y + 6)} Z`, fill: symbol.colors[0] })}/>` +
        `<path${attrs({ d: `M${num(x + 7)} ${num(y - 6)} A6 6 0 0 0 ${num(x + 7)} ${num(y + 6)} Z`, fill: symbol.colors[1] })}/>`
      );
    case "shape": {
      const g = shapeGeometry(symbol.shape);
      const top = y - 7;
      if (g.kind === "circle") {
        return `<circle${attrs({ cx: x + g.cx, cy: top + g.cy, r: g.r, fill: "#555555" })}/>`;
      }
      if (g.kind === "rect") {
        const rect = { x: x + g.x, y: top + g.y, width: g.width, height: g.height };
        return `<rect${attrs({ ...rect, rx: g.radius || undefined, fill: "#555555" })}/>`;
      }
      const points = g.points.map(([px, py]) => `${num(x + px)},${num(top + py)}`).join(" ");
      return `<polygon${attrs({ points, fill: "#555555" })}/>`;
    }
    case "line": {
      const end = symbol.arrow ? x + 21 : x + 27;
      const stroke = {
        stroke: symbol.color,
        "stroke-width": symbol.width,
        "stroke-opacity": symbol.opacity === 1 ? undefined : symbol.opacity,
        "stroke-dasharray": symbol.dash.length ? symbol.dash.join(" ") : undefined,
      };
      const head = symbol.arrow
        ? `<polygon${attrs({
            points: `${num(x + 20)},${num(y - 4)} ${num(x + 27)},${num(y)} ${num(x + 20)},${num(y + 4)}`,
            fill: symbol.color,
            "fill-opacity": symbol.opacity === 1 ? undefined : symbol.opacity,
          })}/>`
        : "";
      return `<line${attrs({ x1: x + 1, y1: y, x2: end, y2: y, ...stroke })}/>${head}`;
    }
  }
}

/** A `<g>` holding the legend, its top-left corner at (x, y). */
export function legendSvg(
  layout: LegendLayout,
  x: number,
  y: number,
  background: string | null,
): string {
  const parts: string[] = [];
  if (background) {
    parts.push(`<rect${attrs({ width: layout.width, height: layout.height, fill: background })}/>`);
  }
  for (const entry of layout.entries) {
    if (entry.kind === "title") {
      parts.push(
        `<text${attrs({ x: entry.x, y: entry.y, "font-size": LEGEND.titleSize, "font-weight": "bold", "dominant-baseline": "central" })}>${escapeXml(entry.text)}</text>`,
      );
      continue;
    }
    parts.push(symbolSvg(entry.symbol, entry.x, entry.y));
    for (const line of entry.lines) {
      parts.push(
        `<text${attrs({ x: entry.textX, y: line.y, "font-size": LEGEND.textSize, "dominant-baseline": "central" })}>${escapeXml(line.text)}</text>`,
      );
    }
  }
  const group = attrs({
    class: "tamyr-legend",
    transform: `translate(${num(x)} ${num(y)})`,
    "font-family": LEGEND.fontFamily,
    fill: LEGEND.textColor,
  });
  return `<g${group}>${parts.join("")}</g>`;
}

/**
 * The graph's SVG (as cytoscape-svg writes it) widened to hold the legend to
 * its right, with a background unless it is transparent.
 */
export function composeSvg(
  graphSvg: string,
  view: { width: number; height: number },
  legend: LegendLayout,
  background: string | null,
): string {
  const open = /<svg\b[^>]*>/.exec(graphSvg);
  if (!open) throw new Error("the graph drawing is not SVG");
  const width = view.width + legend.width;
  const height = Math.max(view.height, legend.height);
  const selfClosing = open[0].endsWith("/>");
  const tag = open[0]
    .replace(/\/?>$/, "")
    .replace(/\s(?:width|height|viewBox)="[^"]*"/g, "")
    .concat(attrs({ width, height, viewBox: `0 0 ${num(width)} ${num(height)}` }), ">");
  const back = background ? `<rect${attrs({ width, height, fill: background })}/>` : "";
  const legendMarkup = legendSvg(legend, view.width, 0, null);
  const before = graphSvg.slice(0, open.index);
  if (selfClosing) {
    const after = graphSvg.slice(open.index + open[0].length);
    return `${before}${tag}${back}${legendMarkup}</svg>${after}`;
  }
  const close = graphSvg.lastIndexOf("</svg>");
  if (close < 0) throw new Error("the graph drawing is not SVG");
  const body = graphSvg.slice(open.index + open[0].length, close);
  return `${before}${tag}${back}${body}${legendMarkup}</svg>${graphSvg.slice(close + 6)}`;
}
