/**
 * Cytoscape styles. The vocabulary's colours, shapes and arrows come from
 * element data (see elements.ts); certainty from the shared stroke table.
 * Large graphs get a level-of-detail sheet that is cheap to draw without a
 * GPU: small nodes without borders or pies, names only on the actors in
 * view when few enough are (level-of-detail.ts).
 * There cytoscape holds only the ties drawn in full (level-of-detail.ts); the
 * rest are stroked by the overview layer (tie-layer.ts).
 */
import type cytoscape from "cytoscape";
import { CERTAINTY_LEVELS, type ResolvedVocabulary } from "../../../schema/index.ts";
import { CERTAINTY_STROKE } from "../../core/view/certainty-style.ts";

export interface StyleOptions {
  /** Level of detail for large graphs (see the module comment). */
  large?: boolean;
}

type Sheet = cytoscape.StylesheetJson;

/** Actor size on large graphs, in graph units: big enough to see when zoomed out over thousands. */
export const LARGE_NODE_SIZE = 22;

/**
 * The vocabulary is not read: its look is in the element data. The
 * parameter stays so that a vocabulary change is a stylesheet change for
 * callers that key on it.
 */
export function buildStylesheet(
  _vocabulary: ResolvedVocabulary,
  options: StyleOptions = {},
): Sheet {
  return options.large ? [...largeBase(), ...stateRules()] : [...detailedBase(), ...stateRules()];
}

function detailedBase(): Sheet {
  const sheet: Sheet = [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": 10,
        "text-wrap": "wrap",
        "text-max-width": "110px",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.75,
        "text-background-padding": "1px",
        "min-zoomed-font-size": 7,
        width: 26,
        height: 26,
        "background-color": "data(color)",
        shape: "data(shape)",
        "border-width": 1.5,
        "border-color": "#ffffff",
      } as unknown as cytoscape.Css.Node,
    },
  ];
  sheet.push(...edgeRules());
  sheet.push(
    {
      selector: "node[multi > 1]",
      style: {
        "pie-size": "100%",
        "pie-1-background-color": "data(pie1)",
        "pie-1-background-size": "data(pieSize1)",
        "pie-2-background-color": "data(pie2)",
        "pie-2-background-size": "data(pieSize2)",
      } as unknown as cytoscape.Css.Node,
    },
    {
      selector: "node[multi > 2]",
      style: {
        "pie-3-background-color": "data(pie3)",
        "pie-3-background-size": "data(pieSize3)",
      } as unknown as cytoscape.Css.Node,
    },
  );
  return sheet;
}

/** Ties in full: colour and arrow by type, width, opacity and dashes by certainty. */
function edgeRules(): Sheet {
  const sheet: Sheet = [
    {
      selector: "edge",
      style: {
        "curve-style": "bezier",
        "line-color": "data(color)",
        "target-arrow-color": "data(color)",
        "target-arrow-shape": "data(arrow)",
        "arrow-scale": 0.9,
        width: 2,
      } as unknown as cytoscape.Css.Edge,
    },
  ];
  for (const level of CERTAINTY_LEVELS) {
    const stroke = CERTAINTY_STROKE[level];
    sheet.push({
      selector: `edge[certainty = "${level}"]`,
      style: {
        width: stroke.width,
        opacity: stroke.opacity,
        "line-style": stroke.dash.length ? "dashed" : "solid",
        ...(stroke.dash.length ? { "line-dash-pattern": stroke.dash } : {}),
      },
    });
  }
  return sheet;
}

function largeBase(): Sheet {
  const sheet: Sheet = [
    {
      selector: "node",
      style: {
        width: LARGE_NODE_SIZE,
        height: LARGE_NODE_SIZE,
        "background-color": "data(color)",
        shape: "data(shape)",
      } as unknown as cytoscape.Css.Node,
    },
    {
      // names only on the actors level-of-detail.ts picks: measuring 50,000 labels costs seconds
      selector: "node.labelled",
      style: {
        label: "data(label)",
        "font-size": 10,
        "text-valign": "bottom",
        "text-margin-y": 2,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.75,
        "text-background-padding": "1px",
      } as unknown as cytoscape.Css.Node,
    },
  ];
  // cytoscape holds only the ties drawn in full (level-of-detail.ts): they look as on small graphs
  sheet.push(...edgeRules());
  return sheet;
}

/** Filters, fading, selection, highlights and domain boxes: the same at every size. */
function stateRules(): Sheet {
  return [
    { selector: "edge.undated", style: { opacity: 0.35 } },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0.2 } },
    {
      selector: "node:selected",
      style: {
        "border-color": "#1d2330",
        "border-width": 3,
        "underlay-color": "#ffbf00",
        "underlay-opacity": 0.9,
        "underlay-padding": 7,
        "underlay-shape": "ellipse",
        "z-index": 10,
      } as cytoscape.Css.Node,
    },
    {
      selector: "edge:selected",
      style: { "underlay-color": "#ffbf00", "underlay-opacity": 0.6, "underlay-padding": 4 },
    },
    {
      selector: "node.highlight",
      style: {
        "underlay-color": "#ff7f0e",
        "underlay-opacity": 0.75,
        "underlay-padding": 6,
        "underlay-shape": "ellipse",
        "z-index": 9,
      } as cytoscape.Css.Node,
    },
    {
      selector: "edge.highlight",
      style: {
        "underlay-color": "#ff7f0e",
        "underlay-opacity": 0.55,
        "underlay-padding": 5,
        "z-index": 9,
      },
    },
    {
      selector: ":parent",
      style: {
        "background-opacity": 0.06,
        "background-color": "#999999",
        "border-width": 1,
        "border-color": "#999999",
        label: "data(label)",
        "text-valign": "top",
        "font-size": 12,
        "font-weight": "bold",
      },
    },
  ];
}
