/** What a format cannot carry, in words, from FORMATS[].carries and FORMATS[].notes. */
import { FEATURES, formatInfo, type Feature, type FormatId } from "../../core/formats/index.ts";

export const FEATURE_LABELS: Record<Feature, string> = {
  ids: "Ids",
  names: "Names",
  aliases: "Aliases",
  aliasDetails: "Alias language, transliteration and notes",
  kinds: "Kinds",
  domains: "Domains",
  roles: "Roles",
  descriptions: "Descriptions",
  actorPeriods: "Actor periods",
  sizes: "Group sizes",
  tieTypes: "Tie types",
  directions: "Directions",
  certainty: "Certainty",
  labels: "Tie labels",
  tiePeriods: "Tie periods",
  obeyed: "Obeyed",
  notes: "Tie notes",
  evidence: "Evidence",
  sources: "Sources",
  events: "Events",
  vocabulary: "The dataset's own vocabulary",
  meta: "Dataset details (meta)",
  attributes: "Custom attributes",
  narratives: "Narratives",
  layout: "Layout (positions)",
};

export interface FormatLoss {
  feature: Feature;
  label: string;
  support: "partial" | "no";
  note: string | undefined;
}

export function formatLosses(format: FormatId): FormatLoss[] {
  const info = formatInfo(format);
  return FEATURES.flatMap((feature) => {
    const support = info.carries[feature];
    if (support === "yes") return [];
    return [{ feature, label: FEATURE_LABELS[feature], support, note: info.notes[feature] }];
  });
}
