/**
 * The shape of a path result — hops with every tie that carries them, each
 * tie with its certainty, direction and evidence — and its construction from
 * a ranked path of the hop graph.
 */
import { CERTAINTY_LEVELS, type Certainty, type Evidence } from "../../../schema/index.ts";
import type { HopGraph } from "./hop-graph.ts";
import type { RankedPath } from "./yen.ts";

export interface PathTie {
  id: string;
  type: string;
  certainty: Certainty;
  /** Whether the tie itself is directed. */
  directed: boolean;
  /** True when the hop traverses the tie against its direction. */
  reversed: boolean;
  label?: string;
  evidence: Evidence[];
}

export interface PathHop {
  from: string;
  to: string;
  /** Every tie that carries this hop, strongest first. */
  ties: PathTie[];
  /** Certainty of the strongest tie on the hop. */
  certainty: Certainty;
}

export interface PathResult {
  /** Actor ids from source to target. */
  actors: string[];
  hops: PathHop[];
  /** Number of hops. */
  length: number;
  /** Certainty of the weakest hop. */
  strength: Certainty;
}

/** The path result of a ranked path (whose hops must exist in the hop graph). */
export function toPathResult(hops: HopGraph, path: RankedPath): PathResult {
  const result: PathHop[] = [];
  for (let i = 0; i < path.length; i++) {
    const from = path.nodes[i] as string;
    const to = path.nodes[i + 1] as string;
    const attributes = hops.getEdgeAttributes(hops.directedEdge(from, to));
    const ties = attributes.ties.map(({ tie, directed, reversed }): PathTie => {
      const item: PathTie = {
        id: tie.id,
        type: tie.type,
        certainty: tie.certainty,
        directed,
        reversed,
        evidence: tie.evidence ?? [],
      };
      if (tie.label !== undefined) item.label = tie.label;
      return item;
    });
    result.push({ from, to, ties, certainty: CERTAINTY_LEVELS[attributes.rank] as Certainty });
  }
  return {
    actors: path.nodes,
    hops: result,
    length: path.length,
    strength: CERTAINTY_LEVELS[path.rank] as Certainty,
  };
}
