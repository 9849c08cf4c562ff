/**
 * graphology's Graph, with each node's neighbour indexes made by a class of
 * their own instead of by `{}`. Core makes its graphs from this module, not
 * from "graphology" directly (an ESLint rule says so).
 *
 * Why: graphology keeps, for every node, objects keyed by the ids of its
 * neighbours (`in`, `out`, `undirected`), each made as `{}`. V8 gives an
 * object a shape (hidden class) by the keys added to it, and remembers, on
 * the empty object's shape, a way on for each first key it has seen. It
 * remembers about 1,500 of them; a graph of a few thousand actors uses them
 * all up with actor ids. From then on, every object anywhere on the page (or
 * in the process) that is made as `{}` and then given its keys gets a shape
 * of its own: cytoscape's bounding boxes and caches, five or six per actor,
 * among them. Each such shape costs memory (about 25 MB at 50,000 actors),
 * and code that reads those objects can no longer count on one shape.
 * Indexes made by a class start from that class's own shape, so actor ids
 * use up its memory of first keys, not the empty object's.
 *
 * The change is made once, on the prototypes graphology shares among all its
 * graphs, by wrapping their `clear` (which makes the indexes). It reads one
 * private field to find them; if a later graphology has no such field, the
 * graph is left as it is and `neighbourIndexesApart` is false (a unit test
 * fails then).
 */
import Graph from "graphology";

/** A node's index of its neighbours (neighbour id → edge data), as graphology keeps it. */
class NeighbourIndex {}

const INDEX_FIELDS = ["in", "out", "undirected"] as const;
const GRAPH_TYPES = ["mixed", "directed", "undirected"] as const;

type NodeData = Partial<Record<(typeof INDEX_FIELDS)[number], unknown>>;

interface NodeDataPrototype {
  clear?: (this: NodeData) => void;
}

/** The prototype of the records graphology keeps per node in graphs of this type, if it can be found. */
function nodeDataPrototype(type: (typeof GRAPH_TYPES)[number]): NodeDataPrototype | undefined {
  const probe = new Graph({ type });
  probe.addNode("probe");
  const nodes = (probe as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return undefined;
  const data: unknown = nodes.get("probe");
  return typeof data === "object" && data !== null
    ? (Object.getPrototypeOf(data) as NodeDataPrototype)
    : undefined;
}

function keepIndexesApart(prototype: NodeDataPrototype): boolean {
  const clear = prototype.clear;
  if (typeof clear !== "function") return false;
  prototype.clear = function clearWithOwnIndexes(this: NodeData) {
    clear.call(this);
    for (const field of INDEX_FIELDS) {
      if (this[field] !== undefined) this[field] = new NeighbourIndex();
    }
  };
  return true;
}

function applyOnce(): boolean {
  const prototypes = new Set(GRAPH_TYPES.map(nodeDataPrototype));
  if (prototypes.has(undefined)) return false;
  return [...prototypes].every((p) => keepIndexesApart(p!));
}

/** Whether graphs made from here keep their neighbour indexes apart (see the module comment). */
export const neighbourIndexesApart: boolean = applyOnce();

export { Graph };
