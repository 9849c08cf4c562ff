/**
 * Dataset → cytoscape element definitions. The vocabulary's look (domain
 * colour, role shape, tie colour and arrow) travels as element data, so the
 * stylesheet maps it with a handful of `data()` rules instead of one
 * selector per term: cytoscape matches every selector against every element.
 */
import type cytoscape from "cytoscape";
import type { Actor, Dataset, ResolvedVocabulary, Tie } from "../../../schema/index.ts";
import { isDirected } from "../../core/graph/build.ts";

export type Positions = Record<string, { x: number; y: number }>;

const FALLBACK_NODE = "#999999";
const FALLBACK_EDGE = "#888888";

export function buildElements(
  dataset: Dataset,
  vocabulary: ResolvedVocabulary,
  positions: Positions,
): cytoscape.ElementDefinition[] {
  return [
    ...buildNodeElements(dataset.actors, vocabulary, positions),
    ...buildEdgeElements(dataset.ties, vocabulary),
  ];
}

export function buildNodeElements(
  actors: readonly Actor[],
  vocabulary: ResolvedVocabulary,
  positions: Positions,
): cytoscape.ElementDefinition[] {
  const colour = new Map(vocabulary.domains.map((d) => [d.id, d.color] as const));
  const shape = new Map(vocabulary.roles.map((r) => [r.id, r.shape] as const));
  const elements: cytoscape.ElementDefinition[] = [];
  for (const actor of actors) {
    const domain = actor.domains[0];
    const role = actor.roles[0];
    const data: Record<string, unknown> = {
      id: actor.id,
      label: actor.name,
      domain,
      role,
      multi: actor.domains.length,
      color: (domain && colour.get(domain)) ?? FALLBACK_NODE,
      shape: (role && shape.get(role)) ?? "ellipse",
    };
    // actors in several domains are drawn as a pie of their domains' colours (up to three)
    if (actor.domains.length > 1) {
      const shown = actor.domains.slice(0, 3);
      shown.forEach((d, i) => {
        data[`pie${i + 1}`] = colour.get(d) ?? FALLBACK_NODE;
        data[`pieSize${i + 1}`] = 100 / shown.length;
      });
    }
    const position = positions[actor.id];
    elements.push({ group: "nodes", data, ...(position ? { position: { ...position } } : {}) });
  }
  return elements;
}

export function buildEdgeElements(
  ties: readonly Tie[],
  vocabulary: ResolvedVocabulary,
): cytoscape.ElementDefinition[] {
  return ties.map(edgeElementMaker(vocabulary));
}

/** Makes a tie's element definition, with the vocabulary's terms looked up once. */
export function edgeElementMaker(
  vocabulary: ResolvedVocabulary,
): (tie: Tie) => cytoscape.ElementDefinition {
  const tieType = new Map(vocabulary.tieTypes.map((t) => [t.id, t] as const));
  const colourOf = tieColourer(vocabulary);
  return (tie) => {
    const type = tieType.get(tie.type);
    const directed = isDirected(tie, vocabulary);
    return {
      group: "edges",
      data: {
        id: tie.id,
        source: tie.source,
        target: tie.target,
        type: tie.type,
        certainty: tie.certainty,
        directed,
        color: colourOf(tie),
        arrow: directed ? (type?.arrow ?? "triangle") : "none",
      },
    };
  };
}

/** A tie's colour (its type's), with the vocabulary's terms looked up once. */
export function tieColourer(vocabulary: ResolvedVocabulary): (tie: Tie) => string {
  const colour = new Map(vocabulary.tieTypes.map((t) => [t.id, t.color] as const));
  return (tie) => colour.get(tie.type) ?? FALLBACK_EDGE;
}
