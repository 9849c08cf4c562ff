/** Dataset → cytoscape element definitions (data only; styling comes from the stylesheet). */
import type cytoscape from "cytoscape";
import type { Dataset, ResolvedVocabulary } from "../../../schema/index.ts";
import { isDirected } from "../../core/graph/build.ts";

export type Positions = Record<string, { x: number; y: number }>;

export function buildElements(
  dataset: Dataset,
  vocabulary: ResolvedVocabulary,
  positions: Positions,
): cytoscape.ElementDefinition[] {
  const colour = new Map(vocabulary.domains.map((d) => [d.id, d.color] as const));
  const elements: cytoscape.ElementDefinition[] = [];
  for (const actor of dataset.actors) {
    const data: Record<string, unknown> = {
      id: actor.id,
      label: actor.name,
      domain: actor.domains[0],
      role: actor.roles[0],
      multi: actor.domains.length,
    };
    // actors in several domains are drawn as a pie of their domains' colours (up to three)
    if (actor.domains.length > 1) {
      const shown = actor.domains.slice(0, 3);
      shown.forEach((domain, i) => {
        data[`pie${i + 1}`] = colour.get(domain) ?? "#999999";
        data[`pieSize${i + 1}`] = 100 / shown.length;
      });
    }
    const position = positions[actor.id];
    elements.push({ group: "nodes", data, ...(position ? { position: { ...position } } : {}) });
  }
  for (const tie of dataset.ties) {
    elements.push({
      group: "edges",
      data: {
        id: tie.id,
        source: tie.source,
        target: tie.target,
        type: tie.type,
        certainty: tie.certainty,
        directed: isDirected(tie, vocabulary),
      },
    });
  }
  return elements;
}
