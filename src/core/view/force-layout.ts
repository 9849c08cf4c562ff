/**
 * ForceAtlas2 (graphology's) over actors and their ties, for networks too
 * large for fcose; run by workers/layout.worker.ts. Ties travel as pairs of
 * positions in the actor list (`tiePairs`, in tie-pairs.ts), a compact array that crosses to
 * a worker in one copy.
 */
import { Graph } from "../graph/graph-class.ts";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { scaleToExtent, targetExtent, type Points } from "./layout-scale.ts";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for `nodes` after `iterations` of ForceAtlas2 over the ties in
 * `pairs` (self-ties and repeated pairs count once), started from a
 * sunflower spiral (deterministic, no two actors on one spot) and scaled to
 * `targetExtent`. `onProgress` hears the fraction done every 10 iterations.
 */
export function forceLayout(
  nodes: readonly string[],
  pairs: Uint32Array,
  iterations: number,
  onProgress: (fraction: number) => void = () => {},
): Points {
  const graph = new Graph({ type: "undirected", multi: false });
  nodes.forEach((id, i) => {
    const r = Math.sqrt(i + 0.5);
    graph.addNode(id, { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) });
  });
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const a = nodes[pairs[i]!];
    const b = nodes[pairs[i + 1]!];
    if (a === undefined || b === undefined || a === b || graph.hasEdge(a, b)) continue;
    graph.addEdge(a, b);
  }
  const settings = forceAtlas2.inferSettings(graph);
  const chunk = 10;
  for (let done = 0; done < iterations; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), settings });
    onProgress(Math.min(1, (done + chunk) / iterations));
  }
  const raw: Points = {};
  graph.forEachNode((id, attrs) => {
    raw[id] = { x: attrs.x as number, y: attrs.y as number };
  });
  return scaleToExtent(raw, targetExtent(nodes.length));
}
