/**
 * Graphs made from core's graph class keep their neighbour indexes apart
 * from the empty object's shape (src/core/graph/graph-class.ts), and behave
 * as graphology's graphs do.
 */
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Graph, neighbourIndexesApart } from "../../src/core/graph/graph-class.ts";

const GRAPH_CLASS = pathToFileURL(path.resolve("src/core/graph/graph-class.ts")).href;

/**
 * In a fresh Node with V8's test functions: builds a graph of 3,000 actors,
 * then asks whether two objects made as `{}` and given the same keys share a
 * shape. `which` picks graphology as it comes or core's graph class.
 */
function shapesShared(which: "graphology" | "core"): boolean {
  const source =
    which === "core"
      ? `const { Graph } = await import(${JSON.stringify(GRAPH_CLASS)});`
      : `const { default: Graph } = await import("graphology");`;
  const code = `${source}
    const graph = new Graph({ type: "mixed", multi: true });
    for (let i = 0; i < 3000; i++) graph.addNode("actor-" + i);
    for (let i = 0; i < 3000; i++) graph.addDirectedEdge("actor-" + i, "actor-" + ((i * 7 + 1) % 3000));
    const made = () => { const o = {}; o.x1 = 1; o.y1 = 2; return o; };
    console.log(JSON.stringify(%HaveSameMap(made(), made())));`;
  const out = execFileSync(
    process.execPath,
    ["--allow-natives-syntax", "--import", "tsx", "--input-type=module", "-e", code],
    { encoding: "utf8" },
  );
  return JSON.parse(out.trim()) as boolean;
}

describe("core's graph class", () => {
  it("found graphology's per-node records and wrapped them", () => {
    expect(neighbourIndexesApart).toBe(true);
  });

  it("makes neighbour indexes that are not plain objects", () => {
    const graph = new Graph({ type: "mixed", multi: true });
    graph.addNode("a");
    graph.addNode("b");
    graph.addDirectedEdge("a", "b");
    const nodes = (graph as unknown as { _nodes: Map<string, Record<string, object>> })._nodes;
    for (const field of ["in", "out", "undirected"]) {
      expect(Object.getPrototypeOf(nodes.get("a")![field])).not.toBe(Object.prototype);
    }
  });

  it("leaves objects made as {} sharing shapes after a graph of thousands of actors", () => {
    // the control: if V8 ever remembers more first keys, the class is no longer needed
    expect(shapesShared("graphology"), "graphology as it comes spoils {}'s shapes").toBe(false);
    expect(shapesShared("core")).toBe(true);
  });

  it("answers as a model of the same edges does, through adds, drops and clears", () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }));
    const step = fc.oneof(
      fc.record({ op: fc.constant("directed" as const), ends: pair }),
      fc.record({ op: fc.constant("undirected" as const), ends: pair }),
      fc.record({ op: fc.constant("dropNode" as const), node: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ op: fc.constant("clearEdges" as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const graph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
        const nodes = new Set<string>();
        let edges: { s: string; t: string; directed: boolean }[] = [];
        const node = (i: number) => {
          const id = `n${i}`;
          if (!nodes.has(id)) {
            nodes.add(id);
            graph.addNode(id);
          }
          return id;
        };
        for (const s of steps) {
          if (s.op === "clearEdges") {
            graph.clearEdges();
            edges = [];
          } else if (s.op === "dropNode") {
            const id = `n${s.node}`;
            if (!nodes.has(id)) continue;
            graph.dropNode(id);
            nodes.delete(id);
            edges = edges.filter((e) => e.s !== id && e.t !== id);
          } else {
            const [a, b] = s.ends;
            if (a === b) continue;
            const directed = s.op === "directed";
            const [source, target] = [node(a), node(b)];
            if (directed) graph.addDirectedEdge(source, target);
            else graph.addUndirectedEdge(source, target);
            edges.push({ s: source, t: target, directed });
          }
        }
        expect(graph.size).toBe(edges.length);
        for (const a of nodes) {
          const expected = new Set(
            edges.flatMap((e) => (e.s === a ? [e.t] : e.t === a ? [e.s] : [])),
          );
          expect(new Set(graph.neighbors(a))).toEqual(expected);
          expect(graph.outDegree(a)).toBe(edges.filter((e) => e.directed && e.s === a).length);
          for (const b of nodes) {
            const directed = edges.some((e) => e.directed && e.s === a && e.t === b);
            expect(graph.hasDirectedEdge(a, b)).toBe(directed);
            const undirected = edges.some(
              (e) => !e.directed && ((e.s === a && e.t === b) || (e.s === b && e.t === a)),
            );
            expect(graph.hasUndirectedEdge(a, b)).toBe(undirected);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
