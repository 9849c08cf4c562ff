/** A validated dataset with everything derived from it once: vocabulary, graph, search index. */
import type { Dataset, ResolvedVocabulary } from "../../../schema/index.ts";
import { nextTask } from "../../core/pieces/next-task.ts";
import { resolveVocabulary } from "../../../schema/index.ts";
import { buildGraph, buildGraphInPieces, type ActorGraph } from "../../core/graph/build.ts";
import { workInPieces } from "../../core/pieces/work-in-pieces.ts";
import { periodIndex, tieIndex } from "../../core/filter/filter-index.ts";
import { termCounts } from "../../core/filter/term-counts.ts";
import {
  buildSearchIndex,
  searchEntries,
  searchIndexFrom,
  type SearchEntry,
  type SearchIndex,
} from "../../core/search/search-index.ts";

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

/**
 * The same as prepareDataset, for large datasets: the graph is built a
 * piece per task, the search index from entries the dataset worker already
 * folded, and the indexes the first render reads (filters, legend,
 * timeline) each in a task of their own.
 */
export async function prepareDatasetInPieces(
  key: string,
  label: string,
  dataset: Dataset,
  folded?: SearchEntry[],
): Promise<LoadedDataset> {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  let entries = folded;
  if (!entries) {
    const folding: SearchEntry[] = [];
    await workInPieces(dataset.actors.length, (from, to) => {
      for (const e of searchEntries(dataset.actors.slice(from, to))) folding.push(e);
    });
    entries = folding;
  }
  const graph = await buildGraphInPieces(dataset, vocabulary);
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a] as const));
  await nextTask();
  const tiesById = new Map(dataset.ties.map((t) => [t.id, t] as const));
  await nextTask();
  const search = searchIndexFrom(dataset.actors, entries);
  // what the first render reads, worked out here a task each; otherwise the filters, the
  // legend and the timeline would each add a long task to the page's first render
  for (const warm of [
    () => tieIndex(dataset.actors, dataset.ties),
    () => periodIndex(dataset.ties),
    () => termCounts(dataset),
  ]) {
    await nextTask();
    warm();
  }
  return { key, label, dataset, vocabulary, graph, search, actorsById, tiesById };
}
