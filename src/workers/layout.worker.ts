/// <reference lib="webworker" />
/**
 * ForceAtlas2 layout off the main thread, for graphs too large for fcose.
 * Input: node ids, edge pairs and the number of iterations. Output:
 * progress messages, then the final positions, scaled to a picture whose
 * actors can be seen when the whole network is in view (layout-scale.ts).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { scaleToExtent, targetExtent } from "../core/view/layout-scale.ts";

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  iterations: number;
}

export type LayoutMessage =
  | { kind: "progress"; fraction: number }
  | { kind: "done"; positions: Record<string, { x: number; y: number }> };

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, iterations } = event.data;
  const graph = new Graph({ type: "undirected", multi: false });
  // start on a sunflower spiral: deterministic, evenly spread, no two actors on one spot
  nodes.forEach((id, i) => {
    const r = Math.sqrt(i + 0.5);
    graph.addNode(id, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
  for (const [a, b] of edges) if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
  const settings = forceAtlas2.inferSettings(graph);
  const chunk = 10;
  for (let done = 0; done < iterations; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), settings });
    (self as unknown as Worker).postMessage({
      kind: "progress",
      fraction: Math.min(1, (done + chunk) / iterations),
    } satisfies LayoutMessage);
  }
  const raw: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((id, attrs) => {
    raw[id] = { x: attrs.x as number, y: attrs.y as number };
  });
  const positions = scaleToExtent(raw, targetExtent(nodes.length));
  (self as unknown as Worker).postMessage({ kind: "done", positions } satisfies LayoutMessage);
};
