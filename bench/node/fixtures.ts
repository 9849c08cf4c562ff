/** What the benchmarks ask of a generated dataset: queries, the domain to hide, path ends. */
import type { Dataset } from "../../schema/index.ts";
import type { ActorGraph } from "../../src/core/graph/build.ts";

/** A Latin prefix, a full Cyrillic name and a query that finds nothing. */
export function benchQueries(dataset: Dataset): string[] {
  const actors = dataset.actors;
  const middle = actors[Math.floor(actors.length / 2)];
  const person = actors.slice(Math.floor(actors.length / 3)).find((a) => a.kind === "person");
  const cyrillic = person?.aliases?.find((a) => a.lang === "ru")?.name ?? "Асхан";
  return [(middle?.name ?? "Asla").slice(0, 4), cyrillic, "qqxw"];
}

/** The prefix typed into the app's search box. */
export const typedQuery = (dataset: Dataset) => (benchQueries(dataset)[0] ?? "Asla").slice(0, 3);

/** The domain most actors have first: the filter benchmarks hide it. */
export function largestDomain(dataset: Dataset): string {
  const counts = new Map<string, number>();
  for (const actor of dataset.actors) {
    const d = actor.domains[0] as string;
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "state"
  );
}

/** The best-connected actor and the newest one: a query with several hops. */
export function pathEnds(graph: ActorGraph): [string, string] {
  let hub = "";
  let best = -1;
  let last = "";
  graph.forEachNode((node) => {
    const d = graph.degree(node);
    if (d > best) {
      best = d;
      hub = node;
    }
    last = node;
  });
  return [hub, last];
}
