/// <reference lib="webworker" />
/**
 * ForceAtlas2 layout off the main thread, for graphs too large for fcose
 * (core/view/force-layout.ts). Input: actor ids, ties as pairs of positions
 * in that list, the number of iterations. Output: progress messages, then
 * the positions as x, y numbers in the actors' order (one array, handed over
 * rather than copied).
 */
import { forceLayout } from "../core/view/force-layout.ts";

export interface LayoutRequest {
  nodes: string[];
  /** Source and target of each tie, as positions in `nodes`. */
  pairs: Uint32Array;
  iterations: number;
}

export type LayoutMessage =
  | { kind: "progress"; fraction: number }
  /** x and y of nodes[i] at 2i and 2i + 1. */
  | { kind: "done"; xy: Float64Array };

const post = (message: LayoutMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, pairs, iterations } = event.data;
  const positions = forceLayout(nodes, pairs, iterations, (fraction) =>
    post({ kind: "progress", fraction }),
  );
  const xy = new Float64Array(nodes.length * 2);
  nodes.forEach((id, i) => {
    const p = positions[id];
    xy[2 * i] = p?.x ?? 0;
    xy[2 * i + 1] = p?.y ?? 0;
  });
  post({ kind: "done", xy }, [xy.buffer]);
};
