/**
 * What a figure's legend lists: only the marks that are on screen — the
 * domains, main roles, tie types and certainty levels of the shown actors
 * and ties — in vocabulary order, with the same colours, shapes and line
 * styles as the graph (stylesheet.ts, certainty-style.ts).
 */
import {
  CERTAINTY_INFO,
  CERTAINTY_LEVELS,
  type Dataset,
  type ResolvedVocabulary,
  type RoleTerm,
} from "../../../schema/index.ts";
import { CERTAINTY_STROKE } from "../../core/view/certainty-style.ts";

export type NodeShape = RoleTerm["shape"];

export type LegendSymbol =
  | { kind: "swatch"; color: string }
  | { kind: "split"; colors: [string, string] }
  | { kind: "shape"; shape: NodeShape }
  | { kind: "line"; color: string; width: number; opacity: number; dash: number[]; arrow: boolean }
  | { kind: "none" };

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

export interface LegendInput {
  dataset: Dataset;
  vocabulary: ResolvedVocabulary;
  visibility: {
    actors: ReadonlySet<string>;
    ties: ReadonlySet<string>;
    undatedTies?: ReadonlySet<string>;
  };
  /** Decorations and marks on screen that change what colour, size or a ring means. */
  marks?: {
    communities?: boolean;
    sizedBy?: string;
    highlighted?: boolean;
    selected?: boolean;
  };
}

/** Pies show at most three domains (elements.ts). */
const DRAWN_DOMAINS = 3;
const MUTED = "#555555";

const line = (
  color: string,
  { width = 2, opacity = 1, dash = [] as number[], arrow = false } = {},
): LegendSymbol => ({ kind: "line", color, width, opacity, dash, arrow });

function domainSection(input: LegendInput, actors: Dataset["actors"]): LegendSection {
  if (input.marks?.communities) {
    return {
      title: "Colour: community",
      items: [{ symbol: { kind: "none" }, label: "Communities found in this view (Metrics)" }],
    };
  }
  const used = new Set(actors.flatMap((a) => a.domains.slice(0, DRAWN_DOMAINS)));
  const items: LegendItem[] = input.vocabulary.domains
    .filter((d) => used.has(d.id))
    .map((d) => ({ symbol: { kind: "swatch", color: d.color }, label: d.label }));
  if (actors.some((a) => a.domains.length > 1)) {
    items.push({
      symbol: { kind: "split", colors: ["#cc79a7", "#0072b2"] },
      label: "Split colours: several domains",
    });
  }
  return { title: "Colour: domain", items };
}

function markSection(input: LegendInput): LegendSection {
  const items: LegendItem[] = [];
  if (input.marks?.sizedBy) {
    items.push({ symbol: { kind: "none" }, label: `Size: ${input.marks.sizedBy}` });
  }
  if ((input.visibility.undatedTies?.size ?? 0) > 0) {
    items.push({
      symbol: line(MUTED, { opacity: 0.35 }),
      label: "Faint: undated tie while a time window is set",
    });
  }
  if (input.marks?.highlighted) {
    items.push({ symbol: { kind: "swatch", color: "#ff7f0e" }, label: "Orange ring: highlighted" });
  }
  if (input.marks?.selected) {
    items.push({ symbol: { kind: "swatch", color: "#ffbf00" }, label: "Yellow ring: selected" });
  }
  return { title: "Marks", items };
}

export function legendSections(input: LegendInput): LegendSection[] {
  const { dataset, vocabulary, visibility } = input;
  const actors = dataset.actors.filter((a) => visibility.actors.has(a.id));
  const ties = dataset.ties.filter((t) => visibility.ties.has(t.id));
  const roles = new Set(actors.map((a) => a.roles[0]));
  const types = new Set(ties.map((t) => t.type));
  const certainties = new Set(ties.map((t) => t.certainty));
  const sections: LegendSection[] = [
    domainSection(input, actors),
    {
      title: "Shape: main role",
      items: vocabulary.roles
        .filter((r) => roles.has(r.id))
        .map((r) => ({ symbol: { kind: "shape", shape: r.shape }, label: r.label })),
    },
    {
      title: "Line colour: tie type",
      items: vocabulary.tieTypes
        .filter((t) => types.has(t.id))
        .map((t) => ({
          symbol: line(t.color, { arrow: t.directed }),
          label: t.directed ? t.label : `${t.label} (undirected)`,
        })),
    },
    {
      title: "Line style: certainty",
      items: CERTAINTY_LEVELS.filter((c) => certainties.has(c)).map((c) => {
        const stroke = CERTAINTY_STROKE[c];
        return {
          symbol: line(MUTED, { width: stroke.width, opacity: stroke.opacity, dash: stroke.dash }),
          label: `${CERTAINTY_INFO[c].label} (${stroke.look})`,
        };
      }),
    },
    markSection(input),
  ];
  return sections.filter((s) => s.items.length > 0);
}
