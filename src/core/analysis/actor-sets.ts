/** Actor selections for group path queries, e.g. every patron or every provocateur. */
import type { ActorGraph } from "../graph/build.ts";

/** Ids of the actors that have this role, sorted. */
export function actorsWithRole(graph: ActorGraph, role: string): string[] {
  return graph.filterNodes((_node, { actor }) => actor.roles.includes(role)).sort();
}
