/**
 * A path as one readable line:
 *   Bolat Nazarbayev —Control (established)→ Almaty bazaars —Mobilization (alleged)→ provocateurs
 *
 * Arrows: `—x→` follows a directed tie, `←x—` traverses one against its
 * direction, `—x—` is an undirected tie, and `←x→` a hop carried by ties in
 * both directions. Parallel ties list their type labels joined by " + ";
 * the certainty shown is the hop's (its strongest tie's).
 */
import type { ResolvedVocabulary } from "../../../schema/index.ts";
import type { ActorGraph } from "../graph/build.ts";
import type { PathHop, PathResult } from "./path-result.ts";

/** Actor id → display name, falling back to the id. */
export function actorNames(graph: ActorGraph): (id: string) => string {
  return (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id).actor.name : id);
}

/** Label of a tie type from the vocabulary, falling back to its id. */
export function tieTypeLabel(type: string, vocabulary: ResolvedVocabulary): string {
  return vocabulary.tieTypes.find((term) => term.id === type)?.label ?? type;
}

/** The connector between two actor names, e.g. `—Control (established)→`. */
export function describeHop(hop: PathHop, vocabulary: ResolvedVocabulary): string {
  const labels = [...new Set(hop.ties.map((tie) => tieTypeLabel(tie.type, vocabulary)))];
  const forward = hop.ties.some((tie) => tie.directed && !tie.reversed);
  const backward = hop.ties.some((tie) => tie.directed && tie.reversed);
  const text = `${labels.join(" + ")} (${hop.certainty})`;
  return `${backward ? "←" : "—"}${text}${forward ? "→" : "—"}`;
}

/** The whole path as one line of actor names and hop connectors. */
export function describePath(
  path: PathResult,
  vocabulary: ResolvedVocabulary,
  nameOf: (id: string) => string = (id) => id,
): string {
  const parts = [nameOf(path.actors[0] ?? "")];
  for (const hop of path.hops) parts.push(describeHop(hop, vocabulary), nameOf(hop.to));
  return parts.join(" ");
}
