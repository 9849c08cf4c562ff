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

/** What an analysis runs on: a dataset's actors listed in `actorIds`, and the ties between them (those in `tieIds`, when given). */
export interface NetworkSelection {
  dataset: Dataset;
  actorIds: ReadonlySet<string>;
  tieIds?: ReadonlySet<string>;
}

/** Some of a lean network's records. */
export type NetworkPiece = { actors: Actor[] } | { ties: Tie[] };

/** The lean network without its records: version, meta and vocabulary. */
export function analysisNetworkHead(dataset: Dataset): Dataset {
  const head: Dataset = {
    schemaVersion: dataset.schemaVersion,
    meta: dataset.meta,
    actors: [],
    ties: [],
  };
  if (dataset.vocabulary) head.vocabulary = dataset.vocabulary;
  return head;
}

/**
 * The lean network's records in pieces of at most `size` (actors first, then
 * ties), made as they are asked for: so a large network can be handed to a
 * worker a piece per message, and the page keeps answering in between.
 */
export function* analysisNetworkPieces(
  { dataset, actorIds, tieIds }: NetworkSelection,
  size: number,
): Generator<NetworkPiece> {
  let actors: Actor[] = [];
  for (const actor of dataset.actors) {
    if (!actorIds.has(actor.id)) continue;
    actors.push(leanActor(actor));
    if (actors.length === size) {
      yield { actors };
      actors = [];
    }
  }
  if (actors.length > 0) yield { actors };
  let ties: Tie[] = [];
  for (const tie of dataset.ties) {
    if (tieIds && !tieIds.has(tie.id)) continue;
    if (!actorIds.has(tie.source) || !actorIds.has(tie.target)) continue;
    ties.push(leanTie(tie));
    if (ties.length === size) {
      yield { ties };
      ties = [];
    }
  }
  if (ties.length > 0) yield { ties };
}

/** Adds a piece's records to a network being put together. */
export function addNetworkPiece(network: Dataset, piece: NetworkPiece): void {
  if ("actors" in piece) for (const actor of piece.actors) network.actors.push(actor);
  else for (const tie of piece.ties) network.ties.push(tie);
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
  const network = analysisNetworkHead(dataset);
  const selection: NetworkSelection = tieIds
    ? { dataset, actorIds, tieIds }
    : { dataset, actorIds };
  for (const piece of analysisNetworkPieces(selection, Infinity)) addNetworkPiece(network, piece);
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
