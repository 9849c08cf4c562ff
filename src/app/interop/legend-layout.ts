/**
 * Where each legend line goes, in CSS pixels at 1×, so that the PNG (canvas)
 * and SVG renderers draw the same legend. Text is measured by an injected
 * function (a canvas in the browser, a stub in tests) and wrapped to the
 * fixed column width; columns are added rather than growing taller than the
 * view, so a figure is as tall as the view and as wide as the view plus
 * whole legend columns.
 */
import type { LegendSection, LegendSymbol } from "./legend-items.ts";

export const LEGEND = {
  /** The legend column to the right of the graph. */
  width: 240,
  padding: 12,
  fontFamily: "Arial, Helvetica, sans-serif",
  titleFont: "bold 12px Arial, Helvetica, sans-serif",
  textFont: "11px Arial, Helvetica, sans-serif",
  titleSize: 12,
  textSize: 11,
  titleHeight: 20,
  lineHeight: 14,
  rowHeight: 18,
  symbolWidth: 28,
  gap: 6,
  sectionGap: 6,
  textColor: "#1d2330",
} as const;

export type Measure = (text: string, font: string) => number;

export interface PlacedTitle {
  kind: "title";
  text: string;
  x: number;
  /** Vertical centre of the text. */
  y: number;
}

export interface PlacedItem {
  kind: "item";
  symbol: LegendSymbol;
  /** Left edge and vertical centre of the symbol. */
  x: number;
  y: number;
  textX: number;
  /** Vertical centre of each wrapped line. */
  lines: { text: string; y: number }[];
}

export interface LegendLayout {
  width: number;
  height: number;
  entries: (PlacedTitle | PlacedItem)[];
}

/** Greedy word wrap; a word wider than the line is cut between characters. */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let current = "";
  const push = (word: string) => {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, font) <= maxWidth) {
      current = candidate;
      return;
    }
    if (current) lines.push(current);
    current = "";
    let piece = "";
    for (const ch of Array.from(word)) {
      if (piece && measure(piece + ch, font) > maxWidth) {
        lines.push(piece);
        piece = "";
      }
      piece += ch;
    }
    current = piece;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

interface Block {
  height: number;
  /** Space above the block unless it starts a column. */
  gapBefore: number;
  /** A section title stays with the section's first item. */
  keepWithNext: boolean;
  place(left: number, top: number): LegendLayout["entries"];
}

function sectionBlocks(section: LegendSection, first: boolean, measure: Measure): Block[] {
  const { padding, width, symbolWidth, gap } = LEGEND;
  const textX = padding + symbolWidth + gap;
  const titleLines = wrapText(section.title, width - 2 * padding, LEGEND.titleFont, measure);
  const blocks: Block[] = [
    {
      height: titleLines.length * LEGEND.titleHeight,
      gapBefore: first ? 0 : LEGEND.sectionGap,
      keepWithNext: section.items.length > 0,
      place: (left, top) =>
        titleLines.map((text, i) => ({
          kind: "title" as const,
          text,
          x: left + padding,
          y: top + i * LEGEND.titleHeight + LEGEND.titleHeight / 2,
        })),
    },
  ];
  for (const item of section.items) {
    const none = item.symbol.kind === "none";
    const lineWidth = none ? width - 2 * padding : width - textX - padding;
    const wrapped = wrapText(item.label, lineWidth, LEGEND.textFont, measure);
    blocks.push({
      height: Math.max(LEGEND.rowHeight, wrapped.length * LEGEND.lineHeight + 4),
      gapBefore: 0,
      keepWithNext: false,
      place: (left, top) => {
        const y = top + LEGEND.rowHeight / 2;
        return [
          {
            kind: "item" as const,
            symbol: item.symbol,
            x: left + padding,
            y,
            textX: left + (none ? padding : textX),
            lines: wrapped.map((text, i) => ({ text, y: y + i * LEGEND.lineHeight })),
          },
        ];
      },
    });
  }
  return blocks;
}

/**
 * Lays the legend out in columns of LEGEND.width; a new column starts when
 * the next line would pass `maxHeight` (the view's height), so a long
 * legend makes the figure wider, not taller.
 */
export function layoutLegend(
  sections: readonly LegendSection[],
  measure: Measure,
  maxHeight = Infinity,
): LegendLayout {
  const { padding, width } = LEGEND;
  const blocks = sections.flatMap((section, i) => sectionBlocks(section, i === 0, measure));
  const entries: LegendLayout["entries"] = [];
  let column = 0;
  let top = padding;
  let tallest = 0;
  blocks.forEach((block, i) => {
    let gap = top === padding ? 0 : block.gapBefore;
    const needed = block.height + (block.keepWithNext ? (blocks[i + 1]?.height ?? 0) : 0);
    if (top > padding && top + gap + needed + padding > maxHeight) {
      tallest = Math.max(tallest, top + padding);
      column += 1;
      top = padding;
      gap = 0;
    }
    entries.push(...block.place(column * width, top + gap));
    top += gap + block.height;
  });
  tallest = Math.max(tallest, top + padding);
  return { width: (column + 1) * width, height: Math.ceil(tallest), entries };
}

/** A figure: the graph at `scale`, the legend beside it; taller than the view only if the legend is. */
export function figureSize(
  view: { width: number; height: number },
  legend: { width: number; height: number },
  scale: number,
) {
  return {
    width: Math.round((view.width + legend.width) * scale),
    height: Math.round(Math.max(view.height, legend.height) * scale),
    graphWidth: Math.round(view.width * scale),
    graphHeight: Math.round(view.height * scale),
  };
}
