/**
 * The current viewport of the network as SVG, written by Tamyr itself
 * (no third-party SVG exporter): straight ties with their colour, width,
 * dash and arrow; actors with their shape and colour; labels as escaped
 * text. One SVG unit is one CSS pixel of the view on screen.
 */
import type cytoscape from "cytoscape";
import { offView, type TieSegment } from "../graph/tie-layer.ts";
import type { NodeShape } from "./legend-items.ts";
import { shapeGeometry } from "./legend-shapes.ts";
import { attrs, num } from "./legend-svg.ts";
import { escapeXml } from "./svg-escape.ts";

function px(value: string | number | undefined, fallback = 0): number {
  const n = typeof value === "number" ? value : parseFloat(value ?? "");
  return Number.isFinite(n) ? n : fallback;
}

function visible(el: cytoscape.NodeSingular | cytoscape.EdgeSingular): boolean {
  return el.visible() && el.style("display") !== "none" && px(el.style("opacity"), 1) > 0;
}

function nodeSvg(node: cytoscape.NodeSingular, zoom: number): string {
  const p = node.renderedPosition();
  const w = px(node.style("width"), 26) * zoom;
  const h = px(node.style("height"), 26) * zoom;
  const g = shapeGeometry(node.style("shape") as NodeShape);
  const paint = {
    fill: node.style("background-color") as string,
    stroke: node.style("border-color") as string,
    "stroke-width": px(node.style("border-width")) * zoom || undefined,
    opacity: px(node.style("opacity"), 1) === 1 ? undefined : px(node.style("opacity"), 1),
  };
  // the legend geometry lives in a 14 × 14 box: scale it to the node's size
  const sx = w / 14;
  const sy = h / 14;
  const ox = p.x - w / 2;
  const oy = p.y - h / 2;
  if (g.kind === "circle")
    return `<ellipse${attrs({ cx: p.x, cy: p.y, rx: w / 2, ry: h / 2, ...paint })}/>`;
  if (g.kind === "rect") {
    return `<rect${attrs({ x: ox + g.x * sx, y: oy + g.y * sy, width: g.width * sx, height: g.height * sy, rx: g.radius * sx || undefined, ...paint })}/>`;
  }
  const points = g.points.map(([x, y]) => `${num(ox + x * sx)},${num(oy + y * sy)}`).join(" ");
  return `<polygon${attrs({ points, ...paint })}/>`;
}

function edgeSvg(edge: cytoscape.EdgeSingular, zoom: number): string {
  const a = edge.source().renderedPosition();
  const b = edge.target().renderedPosition();
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  const targetRadius = (px(edge.target().style("width"), 26) * zoom) / 2;
  const end = { x: b.x - ux * targetRadius, y: b.y - uy * targetRadius };
  const color = edge.style("line-color") as string;
  const width = px(edge.style("width"), 1) * zoom;
  const opacity = px(edge.style("opacity"), 1);
  const dash =
    edge.style("line-style") === "solid" ? undefined : (edge.style("line-dash-pattern") as unknown);
  const stroke = {
    stroke: color,
    "stroke-width": width,
    "stroke-opacity": opacity === 1 ? undefined : opacity,
    "stroke-dasharray": Array.isArray(dash)
      ? dash.map((d) => num(px(d) * zoom)).join(" ")
      : undefined,
  };
  const arrow = edge.style("target-arrow-shape") !== "none";
  const size = Math.max(6, width * 3);
  const tip = end;
  const base = { x: tip.x - ux * size, y: tip.y - uy * size };
  const line = `<line${attrs({ x1: a.x, y1: a.y, x2: arrow ? base.x : end.x, y2: arrow ? base.y : end.y, ...stroke })}/>`;
  if (!arrow) return line;
  const left = { x: base.x - uy * size * 0.5, y: base.y + ux * size * 0.5 };
  const right = { x: base.x + uy * size * 0.5, y: base.y - ux * size * 0.5 };
  const points = [tip, left, right].map((q) => `${num(q.x)},${num(q.y)}`).join(" ");
  return (
    line + `<polygon${attrs({ points, fill: color, "fill-opacity": stroke["stroke-opacity"] })}/>`
  );
}

function labelSvg(node: cytoscape.NodeSingular, zoom: number): string {
  const text = String(node.data("label") ?? "");
  const size = px(node.style("font-size"), 10) * zoom;
  if (!text || size < px(node.style("min-zoomed-font-size"), 0)) return "";
  const p = node.renderedPosition();
  const h = px(node.style("height"), 26) * zoom;
  return `<text${attrs({ x: p.x, y: p.y + h / 2 + size + 2, "font-size": size, "font-family": "sans-serif", "text-anchor": "middle", fill: "#1d2330" })}>${escapeXml(text)}</text>`;
}

/** A tie of the overview layer (large graphs): a 1-pixel line, as on screen. */
function segmentSvg(t: TieSegment): string {
  return `<line${attrs({ x1: t.x1, y1: t.y1, x2: t.x2, y2: t.y2, stroke: t.color, "stroke-width": 1, "stroke-opacity": t.opacity })}/>`;
}

/** The viewport as an SVG document of the given size; `overviewTies` are drawn beneath everything. */
export function graphSvg(
  cy: cytoscape.Core,
  view: { width: number; height: number },
  overviewTies: TieSegment[] = [],
): string {
  const zoom = cy.zoom();
  const inView = (t: TieSegment) => !offView(t, view.width, view.height);
  const edges = cy.edges().filter((e) => visible(e) && visible(e.source()) && visible(e.target()));
  const nodes = cy.nodes().filter((n) => !n.isParent() && visible(n));
  const body = [
    ...overviewTies.filter(inView).map(segmentSvg),
    ...edges.map((e) => edgeSvg(e as cytoscape.EdgeSingular, zoom)),
    ...nodes.map((n) => nodeSvg(n as cytoscape.NodeSingular, zoom)),
    ...nodes.map((n) => labelSvg(n as cytoscape.NodeSingular, zoom)),
  ].join("");
  return `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: view.width, height: view.height, viewBox: `0 0 ${num(view.width)} ${num(view.height)}` })}>${body}</svg>`;
}
