/**
 * The baselines: the same elements and positions drawn with no app around
 * them. (a) cytoscape, default style; (b) cytoscape with the app's
 * stylesheet and level-of-detail options; (c) sigma over graphology;
 * (d) the app's own CyAdapter, without React.
 */
import cytoscape from "cytoscape";
import Graph from "graphology";
import Sigma from "sigma";
import { DEFAULT_VOCABULARY, type Dataset } from "../../../schema/index.ts";
import { DEFAULT_FILTERS } from "../../../src/core/filter/filter-state.ts";
import { computeVisibility } from "../../../src/core/filter/visible.ts";
import { CyAdapter } from "../../../src/app/graph/cy-adapter.ts";
import { cytoscapeOptions } from "../../../src/app/graph/cytoscape-options.ts";
import { LARGE_GRAPH } from "../../../src/app/graph/drawing-thresholds.ts";
import type { Positions } from "../../../src/app/graph/elements.ts";
import { fitPoints } from "../../../src/app/graph/viewport.ts";

export interface BaselineData {
  elements: cytoscape.ElementDefinition[];
  /** The elements of one domain, which the filter benchmark hides. */
  hide: { nodes: string[]; edges: string[]; domain: string };
  /** Only for the CyAdapter baseline. */
  dataset?: Dataset;
}

export interface Renderer {
  hide(): void;
  show(): void;
}

export type RendererName = "cy-default" | "cy-app" | "sigma" | "cy-adapter";

function cyDefault(container: HTMLElement, data: BaselineData): Renderer {
  const cy = cytoscape({ container, elements: data.elements, layout: { name: "preset" } });
  const each = (f: (el: cytoscape.CollectionReturnValue) => void) =>
    cy.batch(() =>
      [...data.hide.nodes, ...data.hide.edges].forEach((id) => f(cy.getElementById(id))),
    );
  return {
    hide: () => each((el) => el.style("display", "none")),
    show: () => each((el) => el.removeStyle("display")),
  };
}

/** The app's stylesheet and options (`cytoscapeOptions` in cytoscape-options.ts), without the app. */
function cyApp(container: HTMLElement, data: BaselineData): Renderer {
  const large = data.elements.filter((e) => e.group === "nodes").length > LARGE_GRAPH;
  const cy = cytoscape({
    container,
    elements: data.elements,
    ...cytoscapeOptions(DEFAULT_VOCABULARY, large),
  });
  // the app's camera: framed from node positions (cytoscape's fit measures every element)
  const camera = fitPoints(
    cy.nodes().map((n) => n.position()),
    { width: cy.width(), height: cy.height() },
    { padding: 30, nodeSize: 26, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() },
  );
  if (camera) cy.viewport(camera);
  const each = (f: (el: cytoscape.CollectionReturnValue) => void) =>
    cy.batch(() =>
      [...data.hide.nodes, ...data.hide.edges].forEach((id) => f(cy.getElementById(id))),
    );
  return {
    hide: () => each((el) => el.addClass("hidden")),
    show: () => each((el) => el.removeClass("hidden")),
  };
}

function sigma(container: HTMLElement, data: BaselineData): Renderer {
  const domainColour = new Map(DEFAULT_VOCABULARY.domains.map((d) => [d.id, d.color] as const));
  const typeColour = new Map(DEFAULT_VOCABULARY.tieTypes.map((t) => [t.id, t.color] as const));
  const graph = new Graph({ type: "mixed", multi: true });
  for (const el of data.elements) {
    if (el.group !== "nodes") continue;
    const p = el.position ?? { x: 0, y: 0 };
    graph.addNode(el.data.id as string, {
      x: p.x,
      y: -p.y,
      size: 4,
      label: el.data.label as string,
      color: domainColour.get(el.data.domain as string) ?? "#999999",
    });
  }
  for (const el of data.elements) {
    if (el.group !== "edges") continue;
    const { id, source, target, type, directed } = el.data as Record<string, string | boolean>;
    const attrs = { size: 1, color: typeColour.get(type as string) ?? "#888888" };
    if (directed) graph.addDirectedEdgeWithKey(id, source, target, attrs);
    else graph.addUndirectedEdgeWithKey(id, source, target, attrs);
  }
  const renderer = new Sigma(graph, container, { settings: { gestureTarget: "graph" } } as never);
  return {
    hide: () => {
      renderer.setNodesState(data.hide.nodes, { isHidden: true });
      renderer.setEdgesState(data.hide.edges, { isHidden: true });
    },
    show: () => {
      renderer.setNodesState(data.hide.nodes, { isHidden: false });
      renderer.setEdgesState(data.hide.edges, { isHidden: false });
    },
  };
}

async function cyAdapter(container: HTMLElement, data: BaselineData): Promise<Renderer> {
  const dataset = data.dataset;
  if (!dataset) throw new Error("the CyAdapter baseline needs the dataset");
  const positions: Positions = {};
  for (const el of data.elements)
    if (el.group === "nodes" && el.position) positions[el.data.id as string] = el.position;
  const noop = () => undefined;
  const adapter = new CyAdapter(container, dataset, DEFAULT_VOCABULARY, positions, {
    onSelect: noop,
    onFocus: noop,
    onPositionsChanged: noop,
  });
  // large graphs are drawn in pieces, as in the app
  await adapter.ready;
  adapter.fit();
  return {
    hide: () =>
      adapter.applyVisibility(
        computeVisibility(dataset, { ...DEFAULT_FILTERS, hiddenDomains: [data.hide.domain] }),
      ),
    show: () => adapter.applyVisibility(computeVisibility(dataset, DEFAULT_FILTERS)),
  };
}

export const RENDERERS: Record<
  RendererName,
  (container: HTMLElement, data: BaselineData) => Renderer | Promise<Renderer>
> = {
  "cy-default": cyDefault,
  "cy-app": cyApp,
  sigma,
  "cy-adapter": cyAdapter,
};
