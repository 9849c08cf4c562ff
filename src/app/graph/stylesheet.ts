/** Cytoscape styles derived from the dataset's vocabulary and the certainty scale. */
import type cytoscape from "cytoscape";
import { CERTAINTY_LEVELS, type ResolvedVocabulary } from "../../../schema/index.ts";
import { CERTAINTY_STROKE } from "../../core/view/certainty-style.ts";

export interface StyleOptions {
  /**
   * Level of detail for large graphs: straight "haystack" edges without
   * arrows, labels only when zoomed in, no domain pies. Cheap to draw
   * without a GPU.
   */
  large?: boolean;
}

export function buildStylesheet(
  vocabulary: ResolvedVocabulary,
  options: StyleOptions = {},
): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
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
        "background-color": "#999999",
        "border-width": 1.5,
        "border-color": "#ffffff",
      },
    },
    {
      selector: "edge",
      style: {
        "curve-style": "bezier",
        "line-color": "#888888",
        "target-arrow-shape": "none",
        "arrow-scale": 0.9,
        width: 2,
      },
    },
  ];
  for (const domain of vocabulary.domains) {
    sheet.push({
      selector: `node[domain = "${domain.id}"]`,
      style: { "background-color": domain.color },
    });
  }
  for (const role of vocabulary.roles) {
    sheet.push({ selector: `node[role = "${role.id}"]`, style: { shape: role.shape } });
  }
  for (const type of vocabulary.tieTypes) {
    sheet.push({
      selector: `edge[type = "${type.id}"]`,
      style: { "line-color": type.color, "target-arrow-color": type.color },
    });
  }
  sheet.push({
    selector: "edge[?directed]",
    style: { "target-arrow-shape": "triangle" },
  });
  for (const type of vocabulary.tieTypes) {
    if (type.directed && type.arrow && type.arrow !== "triangle") {
      sheet.push({
        selector: `edge[?directed][type = "${type.id}"]`,
        style: { "target-arrow-shape": type.arrow },
      });
    }
  }
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
        "border-width": 1,
        "border-color": "#999999",
        label: "data(label)",
        "text-valign": "top",
        "font-size": 12,
        "font-weight": "bold",
      },
    },
  );
  if (options.large) {
    sheet.push(
      {
        selector: "node",
        style: {
          "min-zoomed-font-size": 14,
          "text-background-opacity": 0,
          "border-width": 0,
          width: 14,
          height: 14,
          "pie-size": "0%",
        } as unknown as cytoscape.Css.Node,
      },
      {
        selector: "edge",
        style: {
          "curve-style": "haystack",
          "haystack-radius": 0,
          "target-arrow-shape": "none",
          width: 1,
          "line-style": "solid",
        } as cytoscape.Css.Edge,
      },
    );
  }
  return sheet;
}
