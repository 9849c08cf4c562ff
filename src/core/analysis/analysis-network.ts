/**
 * The network an analysis worker is given: the actors and ties it may walk,
 * with only the fields the analyses read (names, kinds, domains, roles,
 * periods; ends, types, directions, certainties). Evidence, descriptions,
 * aliases and sources stay with the page: copying them into a worker took
 * seconds at 50,000 actors. Path results are given their ties' evidence and
 * labels back from the page's records by `withTieDetails`.
 */
import type { Actor, Dataset, Tie } from "../../../schema/index.ts";
import type { PathResult } from "./path-result.ts";

function leanActor(actor: Actor): Actor {
  const lean: Actor = {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    domains: actor.domains,
    roles: actor.roles,
  };
  if (actor.period) lean.period = actor.period;
  return lean;
}

function leanTie(tie: Tie): Tie {
  const lean: Tie = {
    id: tie.id,
    source: tie.source,
    target: tie.target,
    type: tie.type,
    certainty: tie.certainty,
  };
  if (tie.directed !== undefined) lean.directed = tie.directed;
  if (tie.period) lean.period = tie.period;
  return lean;
}

/**
 * The actors listed and the ties between them (all of them, or those listed
 * in `tieIds`), stripped to what the analyses read; meta and vocabulary kept.
 */
export function analysisNetwork(
  dataset: Dataset,
  actorIds: ReadonlySet<string>,
  tieIds?: ReadonlySet<string>,
): Dataset {
  const network: Dataset = {
    schemaVersion: dataset.schemaVersion,
    meta: dataset.meta,
    actors: [],
    ties: [],
  };
  if (dataset.vocabulary) network.vocabulary = dataset.vocabulary;
  for (const actor of dataset.actors)
    if (actorIds.has(actor.id)) network.actors.push(leanActor(actor));
  for (const tie of dataset.ties) {
    if (tieIds && !tieIds.has(tie.id)) continue;
    if (actorIds.has(tie.source) && actorIds.has(tie.target)) network.ties.push(leanTie(tie));
  }
  return network;
}

/** Path results from a lean network with each tie's evidence and label taken from the full records. */
export function withTieDetails(
  paths: readonly PathResult[],
  tiesById: ReadonlyMap<string, Tie>,
): PathResult[] {
  return paths.map((path) => ({
    ...path,
    hops: path.hops.map((hop) => ({
      ...hop,
      ties: hop.ties.map((pathTie) => {
        const tie = tiesById.get(pathTie.id);
        if (!tie) return pathTie;
        const detailed = { ...pathTie, evidence: tie.evidence ?? [] };
        if (tie.label !== undefined) detailed.label = tie.label;
        return detailed;
      }),
    })),
  }));
}
