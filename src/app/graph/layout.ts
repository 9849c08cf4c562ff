/**
 * Computing positions for large graphs: graphology's ForceAtlas2 in a worker,
 * and a spread to show until it is done. Small graphs are laid out by fcose
 * (fcose-layout.ts, loaded only when one needs it).
 */
import type cytoscape from "cytoscape";
import { targetExtent } from "../../core/view/layout-scale.ts";
import type { Positions } from "./elements.ts";
import type { LayoutMessage, LayoutRequest } from "../../workers/layout.worker.ts";

export function layoutInWorker(
  cy: cytoscape.Core,
  onProgress: (fraction: number) => void,
): { promise: Promise<Positions>; cancel: () => void } {
  const worker = new Worker(new URL("../../workers/layout.worker.ts", import.meta.url), {
    type: "module",
  });
  const request: LayoutRequest = {
    nodes: cy.nodes().map((n) => n.id()),
    edges: cy.edges().map((e) => [e.data("source") as string, e.data("target") as string]),
    iterations: cy.nodes().length > 20_000 ? 60 : 120,
  };
  const promise = new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      if (event.data.kind === "progress") onProgress(event.data.fraction);
      else {
        resolve(event.data.positions);
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      reject(new Error(event.message || "layout worker failed"));
      worker.terminate();
    };
  });
  worker.postMessage(request);
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
