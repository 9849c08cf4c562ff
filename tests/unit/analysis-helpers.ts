/** Small builders for analysis tests: datasets from terse actor and tie lists. */
import { Dataset, type Certainty, type Evidence, type Period } from "../../schema/index.ts";
import { buildGraph, type ActorGraph } from "../../src/core/graph/build.ts";

export interface TieSpec {
  id?: string;
  type?: string;
  certainty?: Certainty;
  directed?: boolean;
  period?: Period;
  label?: string;
  evidence?: Evidence[];
}

export interface ActorSpec {
  id: string;
  name?: string;
  roles?: string[];
}

/**
 * Ties as "a>b" (directed, type control) or "a-b" (undirected, type kinship),
 * optionally with overrides. Actors are created for every id mentioned.
 */
export function makeDataset(
  ties: (string | [string, TieSpec])[],
  actors: (string | ActorSpec)[] = [],
): Dataset {
  const actorSpecs = new Map<string, ActorSpec>();
  for (const a of actors) {
    const spec = typeof a === "string" ? { id: a } : a;
    actorSpecs.set(spec.id, spec);
  }
  const tieRecords = ties.map((entry, index) => {
    const [text, spec] = typeof entry === "string" ? [entry, {}] : entry;
    const directed = text.includes(">");
    const [source, target] = text.split(/[>-]/) as [string, string];
    for (const id of [source, target]) if (!actorSpecs.has(id)) actorSpecs.set(id, { id });
    return {
      id: spec.id ?? `t${index + 1}`,
      source,
      target,
      type: spec.type ?? (directed ? "control" : "kinship"),
      certainty: spec.certainty ?? "established",
      ...(spec.directed !== undefined ? { directed: spec.directed } : {}),
      ...(spec.period ? { period: spec.period } : {}),
      ...(spec.label ? { label: spec.label } : {}),
      ...(spec.evidence ? { evidence: spec.evidence } : {}),
    };
  });
  const usesSources = tieRecords.some((t) => t.evidence);
  return Dataset.parse({
    schemaVersion: "1.0",
    meta: { title: "test" },
    ...(usesSources ? { sources: [{ id: "src", title: "A source" }] } : {}),
    actors: [...actorSpecs.values()].map((a) => ({
      id: a.id,
      name: a.name ?? a.id.toUpperCase(),
      kind: "person",
      domains: ["state"],
      roles: a.roles ?? ["official"],
    })),
    ties: tieRecords,
  });
}

export function makeGraph(
  ties: (string | [string, TieSpec])[],
  actors: (string | ActorSpec)[] = [],
): ActorGraph {
  return buildGraph(makeDataset(ties, actors));
}

/** An undirected simple graph on numbered actors n0, n1, … from index pairs. */
export function numberedGraph(edges: [number, number][], order?: number): ActorGraph {
  const n = order ?? Math.max(...edges.flat()) + 1;
  const actors = Array.from({ length: n }, (_, i) => `n${i}`);
  return makeGraph(
    edges.map(([a, b]) => `n${a}-n${b}`),
    actors,
  );
}
