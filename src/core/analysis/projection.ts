/**
 * Simple-graph projections of the actor multigraph, for metrics that are
 * defined on simple graphs. Parallel ties between two actors collapse into
 * one edge (the first tie's attributes are kept); certainty and type do not
 * weight it: metrics are unweighted.
 *
 * - undirected: one edge per pair of actors joined by any tie, whatever
 *   its direction;
 * - directed: an arc u→v for every directed tie u→v, and arcs both ways
 *   for every undirected tie.
 */
import { toDirected, toSimple, toUndirected } from "graphology-operators";
import type { ActorGraph } from "../graph/build.ts";

export function simpleProjection(graph: ActorGraph, directed: boolean): ActorGraph {
  return toSimple(directed ? toDirected(graph) : toUndirected(graph));
}
