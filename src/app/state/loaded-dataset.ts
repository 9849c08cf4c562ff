/** A validated dataset with everything derived from it once: vocabulary, graph, search index. */
import type { Dataset, ResolvedVocabulary } from "../../../schema/index.ts";
import { resolveVocabulary } from "../../../schema/index.ts";
import { buildGraph, type ActorGraph } from "../../core/graph/build.ts";
import { buildSearchIndex, type SearchIndex } from "../../core/search/search-index.ts";

export interface LoadedDataset {
  /** Bundled id, or "file:<name>" for a file the user opened. */
  key: string;
  label: string;
  dataset: Dataset;
  vocabulary: ResolvedVocabulary;
  graph: ActorGraph;
  search: SearchIndex;
  actorsById: Map<string, Dataset["actors"][number]>;
  tiesById: Map<string, Dataset["ties"][number]>;
}

export function prepareDataset(key: string, label: string, dataset: Dataset): LoadedDataset {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  return {
    key,
    label,
    dataset,
    vocabulary,
    graph: buildGraph(dataset, vocabulary),
    search: buildSearchIndex(dataset.actors),
    actorsById: new Map(dataset.actors.map((a) => [a.id, a] as const)),
    tiesById: new Map(dataset.ties.map((t) => [t.id, t] as const)),
  };
}
