/**
 * Simple filters for `tamyr export` (minimum certainty, tie types, domains),
 * applied with the explorer's own visibility rules so that a filtered export
 * matches what the explorer shows for the same choices.
 */
import { resolveVocabulary, type Certainty, type Dataset } from "../../../schema/index.ts";
import { DEFAULT_FILTERS } from "../filter/filter-state.ts";
import { computeVisibility } from "../filter/visible.ts";
import { subsetDataset } from "./subset.ts";

export interface SimpleFilters {
  /** Keep ties at or above this certainty. */
  minCertainty?: Certainty;
  /** Keep only ties of these types. */
  types?: string[];
  /** Keep only actors in at least one of these domains (and the ties between them). */
  domains?: string[];
}

export function filterDataset(dataset: Dataset, filters: SimpleFilters): Dataset {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  const allTypes = new Set([
    ...vocabulary.tieTypes.map((t) => t.id),
    ...dataset.ties.map((t) => t.type),
  ]);
  const allDomains = new Set([
    ...vocabulary.domains.map((d) => d.id),
    ...dataset.actors.flatMap((a) => a.domains),
  ]);
  const types = filters.types ? new Set(filters.types) : null;
  const domains = filters.domains ? new Set(filters.domains) : null;
  const visibility = computeVisibility(dataset, {
    ...DEFAULT_FILTERS,
    minCertainty: filters.minCertainty ?? DEFAULT_FILTERS.minCertainty,
    hiddenTieTypes: types ? [...allTypes].filter((t) => !types.has(t)) : [],
    hiddenDomains: domains ? [...allDomains].filter((d) => !domains.has(d)) : [],
  });
  return subsetDataset(dataset, visibility.actors, visibility.ties);
}
