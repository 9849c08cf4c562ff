/**
 * The Node benchmark's steps, in order. Each reads what earlier steps left
 * in the context and may leave something for later ones (`needed` steps
 * always run, untimed when they are not asked for).
 */
import louvain from "graphology-communities-louvain";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import closenessCentrality from "graphology-metrics/centrality/closeness.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { Dataset } from "../../schema/index.ts";
import { computeMetrics } from "../../src/core/analysis/metrics.ts";
import { findPaths } from "../../src/core/analysis/paths.ts";
import { simpleProjection } from "../../src/core/analysis/projection.ts";
import { seededRandom } from "../../src/core/analysis/rng.ts";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { DEFAULT_FILTERS } from "../../src/core/filter/filter-state.ts";
import { computeVisibility } from "../../src/core/filter/visible.ts";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { datasetJsonText } from "../../src/core/generate/serialize.ts";
import { buildGraph, type ActorGraph } from "../../src/core/graph/build.ts";
import {
  buildSearchIndex,
  searchActors,
  type SearchIndex,
} from "../../src/core/search/search-index.ts";
import { benchQueries, largestDomain, pathEnds } from "./fixtures.ts";

export interface Context {
  actors: number;
  tiesPerActor: number;
  seed: number;
  text?: string;
  dataset?: Dataset;
  graph?: ActorGraph;
  projection?: ActorGraph;
  index?: SearchIndex;
}

export interface Step {
  id: string;
  label: string;
  /** Later steps use what it leaves in the context. */
  needed?: boolean;
  /** O(n·m) or worse: one run only at large sizes, skipped when too slow. */
  heavy?: boolean;
  /** Timed calls per run; the reported time is per call. */
  calls?: number;
  run(ctx: Context): string | void;
}

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`benchmark step needs ${what}`);
  return value;
};

export const STEPS: Step[] = [
  {
    id: "generate",
    label: "generate dataset + JSON text",
    needed: true,
    run(ctx) {
      const data = generateDataset({
        actors: ctx.actors,
        tiesPerActor: ctx.tiesPerActor,
        seed: ctx.seed,
      });
      ctx.text = datasetJsonText(data);
      return `${(ctx.text.length / 1e6).toFixed(1)} M chars`;
    },
  },
  {
    id: "json-parse",
    label: "JSON.parse alone",
    run(ctx) {
      JSON.parse(need(ctx.text, "text"));
    },
  },
  {
    id: "validate",
    label: "validate (parseDataset; maxBytes raised to 1 GB)",
    needed: true,
    run(ctx) {
      // 100k actors make a 138 MB file: above the default maxBytes (100 MB), as `tamyr validate
      // --max-bytes` allows; the other limits are the defaults
      const result = parseDataset(need(ctx.text, "text"), { limits: { maxBytes: 1_000_000_000 } });
      if (!result.ok)
        throw new Error(`generated dataset is invalid: ${result.problems[0]?.message}`);
      ctx.dataset = result.dataset;
    },
  },
  {
    id: "build-graph",
    label: "graph build (buildGraph)",
    needed: true,
    run(ctx) {
      ctx.graph = buildGraph(need(ctx.dataset, "dataset"));
    },
  },
  {
    id: "search-index",
    label: "search index (buildSearchIndex)",
    needed: true,
    run(ctx) {
      ctx.index = buildSearchIndex(need(ctx.dataset, "dataset").actors);
      return `${ctx.index.entries.length} entries`;
    },
  },
  {
    id: "search-query",
    label: "search query (searchActors, per query)",
    calls: 3,
    run(ctx) {
      const index = need(ctx.index, "index");
      const hits = benchQueries(need(ctx.dataset, "dataset")).map((q) =>
        searchActors(index, q, 12),
      );
      return `hits ${hits.map((h) => h.length).join("/")}`;
    },
  },
  {
    id: "filter-domain",
    label: "filter: hide a domain (computeVisibility)",
    run(ctx) {
      const dataset = need(ctx.dataset, "dataset");
      const v = computeVisibility(dataset, {
        ...DEFAULT_FILTERS,
        hiddenDomains: [largestDomain(dataset)],
      });
      return `${v.actors.size} actors, ${v.ties.size} ties shown`;
    },
  },
  {
    id: "filter-window",
    label: "filter: time window 2018–2019",
    run(ctx) {
      const window = { start: "2018", end: "2019" };
      const v = computeVisibility(need(ctx.dataset, "dataset"), { ...DEFAULT_FILTERS, window });
      return `${v.ties.size} ties shown, ${v.undatedTies.size} undated`;
    },
  },
  {
    id: "degree",
    label: "degree (in/out/total/ties)",
    run(ctx) {
      const graph = need(ctx.graph, "graph");
      let max = 0;
      graph.forEachNode((node) => {
        graph.inNeighbors(node);
        graph.outNeighbors(node);
        max = Math.max(max, graph.neighbors(node).length, graph.degree(node));
      });
      return `max degree ${max}`;
    },
  },
  {
    id: "projection",
    label: "simple undirected projection",
    needed: true,
    run(ctx) {
      ctx.projection = simpleProjection(need(ctx.graph, "graph"), false);
    },
  },
  {
    id: "pagerank",
    label: "PageRank",
    run(ctx) {
      pagerank(need(ctx.projection, "projection"), {
        getEdgeWeight: null,
        alpha: 0.85,
        maxIterations: 100,
        tolerance: 1e-6,
      });
    },
  },
  {
    id: "louvain",
    label: "Louvain communities",
    run(ctx) {
      const detailed = louvain.detailed(need(ctx.projection, "projection"), {
        getEdgeWeight: null,
        rng: seededRandom(1),
        resolution: 1,
      });
      return `${detailed.count} communities, modularity ${detailed.modularity.toFixed(2)}`;
    },
  },
  {
    id: "betweenness",
    label: "betweenness",
    heavy: true,
    run(ctx) {
      betweennessCentrality(need(ctx.projection, "projection"), {
        getEdgeWeight: null,
        normalized: true,
      });
    },
  },
  {
    id: "closeness",
    label: "closeness",
    heavy: true,
    run(ctx) {
      closenessCentrality(need(ctx.projection, "projection"), { wassermanFaust: true });
    },
  },
  {
    id: "metrics-all",
    label: "computeMetrics (all metrics, as `tamyr stats`)",
    heavy: true,
    run(ctx) {
      const result = computeMetrics(need(ctx.graph, "graph"));
      return `${result.communityCount} communities`;
    },
  },
  {
    id: "paths",
    label: "k shortest paths (findPaths, k = 5)",
    run(ctx) {
      const graph = need(ctx.graph, "graph");
      const [from, to] = pathEnds(graph);
      const paths = findPaths(graph, { from, to }, { k: 5 });
      return `${paths.length} paths, lengths ${paths.map((p) => p.length).join(",")}`;
    },
  },
];

/** Steps that are O(n·m): their time is extrapolated where running them would take too long. */
export const HEAVY_STEPS = STEPS.filter((s) => s.heavy).map((s) => s.id);
