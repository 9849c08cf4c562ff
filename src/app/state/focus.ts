/** Focus: narrows what the filters show to an actor's neighbourhood of 1–3 steps over shown ties. */
import type { Visibility } from "../../core/filter/visible.ts";
import type { Focus } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "./loaded-dataset.ts";

export function focusVisibility(
  loaded: LoadedDataset,
  visible: Visibility,
  focus: Focus | null,
): Visibility {
  if (!focus || !loaded.graph.hasNode(focus.actor) || !visible.actors.has(focus.actor))
    return visible;
  const graph = loaded.graph;
  const reached = new Set([focus.actor]);
  let frontier = [focus.actor];
  for (let step = 0; step < focus.depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (!visible.ties.has(edge)) return;
        const other = source === node ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const ties = new Set<string>();
  for (const id of visible.ties) {
    const [s, t] = graph.extremities(id);
    if (reached.has(s) && reached.has(t)) ties.add(id);
  }
  const undatedTies = new Set([...visible.undatedTies].filter((id) => ties.has(id)));
  return { actors: reached, ties, undatedTies };
}
