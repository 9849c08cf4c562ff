/**
 * Computing positions for large graphs: graphology's ForceAtlas2 in a worker,
 * and a spread to show until it is done. Small graphs are laid out by fcose
 * (fcose-layout.ts, loaded only when one needs it).
 */
import { tiePairs } from "../../core/view/tie-pairs.ts";
import { targetExtent } from "../../core/view/layout-scale.ts";
import type { Positions } from "./elements.ts";
import type { LayoutMessage, LayoutRequest } from "../../workers/layout.worker.ts";

/**
 * Lays the actors out with ForceAtlas2 in a worker, by their ties. The ties
 * come from the dataset, not from cytoscape, which on a large graph holds the
 * actors only.
 */
export function layoutInWorker(
  network: {
    actors: readonly { id: string }[];
    ties: readonly { source: string; target: string }[];
  },
  onProgress: (fraction: number) => void,
): { promise: Promise<Positions>; cancel: () => void } {
  const worker = new Worker(new URL("../../workers/layout.worker.ts", import.meta.url), {
    type: "module",
  });
  const nodes = network.actors.map((a) => a.id);
  const request: LayoutRequest = {
    nodes,
    pairs: tiePairs(nodes, network.ties),
    iterations: nodes.length > 20_000 ? 60 : 120,
  };
  const promise = new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      if (event.data.kind === "progress") onProgress(event.data.fraction);
      else {
        const { xy } = event.data;
        const positions: Positions = {};
        nodes.forEach((id, i) => {
          positions[id] = { x: xy[2 * i]!, y: xy[2 * i + 1]! };
        });
        resolve(positions);
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || "layout worker failed"));
      worker.terminate();
    };
  });
  worker.postMessage(request, [request.pairs.buffer]);
  return {
    promise,
    cancel: () => worker.terminate(),
  };
}

/**
 * Actors on a sunflower spiral: instant, deterministic, and no two on the
 * same spot; as wide as the layout that replaces it will be.
 */
export function spreadPositions(ids: readonly string[]): Positions {
  const spacing = targetExtent(ids.length) / 2 / Math.sqrt(Math.max(1, ids.length));
  const positions: Positions = {};
  ids.forEach((id, i) => {
    const r = spacing * Math.sqrt(i);
    const a = i * 2.39996;
    positions[id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  return positions;
}
