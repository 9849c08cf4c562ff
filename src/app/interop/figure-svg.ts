/** An SVG figure of the current view: Tamyr's own drawing of the viewport with the legend beside it. */
import type cytoscape from "cytoscape";
import type { TieSegment } from "../graph/tie-layer.ts";
import { FIGURE_BACKGROUND } from "./figure-png.ts";
import { graphSvg } from "./graph-svg.ts";
import type { LegendLayout } from "./legend-layout.ts";
import { composeSvg } from "./legend-svg.ts";

export async function svgFigure(
  cy: cytoscape.Core,
  legend: LegendLayout,
  { transparent }: { transparent: boolean },
  overviewTies: TieSegment[] = [],
): Promise<string> {
  const view = { width: cy.width(), height: cy.height() };
  return composeSvg(
    graphSvg(cy, view, overviewTies),
    view,
    legend,
    transparent ? null : FIGURE_BACKGROUND,
  );
}
