/// <reference lib="webworker" />
/**
 * ForceAtlas2 layout off the main thread, for graphs too large for fcose.
 * Input: node ids, edge pairs and optional start positions. Output: progress
 * messages, then the final positions.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  iterations: number;
}

export type LayoutMessage =
  | { kind: "progress"; fraction: number }
  | { kind: "done"; positions: Record<string, { x: number; y: number }> };

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, iterations } = event.data;
  const graph = new Graph({ type: "undirected", multi: false });
  // start on a circle with a deterministic jitter so results are reproducible
  nodes.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    const r = 100 + (i % 17) * 3;
    graph.addNode(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
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
  const positions: Record<string, { x: number; y: number }> = {};
  graph.forEachNode((id, attrs) => {
    positions[id] = { x: (attrs.x as number) * 10, y: (attrs.y as number) * 10 };
  });
  (self as unknown as Worker).postMessage({ kind: "done", positions } satisfies LayoutMessage);
};
