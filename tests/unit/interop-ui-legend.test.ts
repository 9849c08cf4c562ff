/** The figure legend lists what is on screen, in vocabulary order, and wraps to its width. */
import { describe, expect, it } from "vitest";
import { resolveVocabulary } from "../../schema/index.ts";
import { legendSections } from "../../src/app/interop/legend-items.ts";
import { LEGEND, figureSize, layoutLegend, wrapText } from "../../src/app/interop/legend-layout.ts";
import { sampleDataset } from "./formats-support.ts";

const dataset = sampleDataset();
const vocabulary = resolveVocabulary(dataset.vocabulary);
const all = {
  actors: new Set(dataset.actors.map((a) => a.id)),
  ties: new Set(dataset.ties.map((t) => t.id)),
};
const labels = (title: string, sections: ReturnType<typeof legendSections>) =>
  sections.find((s) => s.title === title)?.items.map((i) => i.label);

describe("legendSections", () => {
  it("lists the domains, main roles, tie types and certainty levels in use", () => {
    const sections = legendSections({ dataset, vocabulary, visibility: all });
    expect(sections.map((s) => s.title)).toEqual([
      "Colour: domain",
      "Shape: main role",
      "Line colour: tie type",
      "Line style: certainty",
    ]);
    const domains = labels("Colour: domain", sections)!;
    expect(domains).toContain("Clergy");
    expect(domains.at(-1)).toBe("Split colours: several domains");
    // main roles only: the clan's second role (broker) is not drawn
    expect(labels("Shape: main role", sections)).not.toContain("Broker");
    expect(labels("Line colour: tie type", sections)).toContain("Bribery");
    expect(labels("Line style: certainty", sections)).toEqual([
      "Established (solid, strong)",
      "Reported (solid, lighter)",
      "Alleged (dashed)",
      "Officially claimed (dash-dot)",
      "Disputed (dotted)",
    ]);
  });

  it("leaves out what the view hides", () => {
    const visibility = { actors: new Set(["president", "ministry"]), ties: new Set<string>() };
    const sections = legendSections({ dataset, vocabulary, visibility });
    expect(sections.map((s) => s.title)).toEqual(["Colour: domain", "Shape: main role"]);
    expect(labels("Colour: domain", sections)).toEqual(
      vocabulary.domains.filter((d) => d.id === "state" || d.id === "security").map((d) => d.label),
    );
  });

  it("uses the vocabulary's colours and the certainty strokes", () => {
    const sections = legendSections({ dataset, vocabulary, visibility: all });
    const clergy = sections[0]!.items.find((i) => i.label === "Clergy")!;
    expect(clergy.symbol).toEqual({ kind: "swatch", color: "#123456" });
    const bribery = sections[2]!.items.find((i) => i.label === "Bribery")!;
    expect(bribery.symbol).toMatchObject({ kind: "line", color: "#654321", arrow: true });
    const alleged = sections[3]!.items.find((i) => i.label.startsWith("Alleged"))!;
    expect(alleged.symbol).toMatchObject({ dash: [7, 4] });
  });

  it("says when colour means community and explains marks on screen", () => {
    const sections = legendSections({
      dataset,
      vocabulary,
      visibility: { ...all, undatedTies: new Set(["t1"]) },
      marks: { communities: true, sizedBy: "betweenness", highlighted: true, selected: true },
    });
    expect(sections[0]!.title).toBe("Colour: community");
    expect(labels("Marks", sections)).toEqual([
      "Size: betweenness",
      "Faint: undated tie while a time window is set",
      "Orange ring: highlighted",
      "Yellow ring: selected",
    ]);
  });
});

describe("layoutLegend", () => {
  const measure = (text: string) => text.length * 6;

  it("wraps long labels to the legend's width and grows with them", () => {
    const short = layoutLegend(
      [{ title: "T", items: [{ symbol: { kind: "none" }, label: "x" }] }],
      measure,
    );
    const long = layoutLegend(
      [
        {
          title: "T",
          items: [{ symbol: { kind: "swatch", color: "#000000" }, label: "word ".repeat(40) }],
        },
      ],
      measure,
    );
    expect(long.width).toBe(LEGEND.width);
    expect(long.height).toBeGreaterThan(short.height);
    const item = long.entries.find((e) => e.kind === "item")!;
    expect(item.kind === "item" && item.lines.length).toBeGreaterThan(3);
  });

  it("cuts a word longer than a line", () => {
    expect(wrapText("x".repeat(50), 60, "", measure)).toEqual([
      "x".repeat(10),
      ...Array(4).fill("x".repeat(10)),
    ]);
  });

  it("starts a new column instead of growing taller than the view", () => {
    const many = [
      {
        title: "Colour: domain",
        items: Array.from({ length: 30 }, (_, i) => ({
          symbol: { kind: "swatch" as const, color: "#000000" },
          label: `Domain ${i}`,
        })),
      },
      { title: "Shape: main role", items: [{ symbol: { kind: "none" as const }, label: "x" }] },
    ];
    const tall = layoutLegend(many, measure);
    const columns = layoutLegend(many, measure, 300);
    expect(tall.width).toBe(LEGEND.width);
    expect(tall.height).toBeGreaterThan(300);
    expect(columns.height).toBeLessThanOrEqual(300);
    expect(columns.width % LEGEND.width).toBe(0);
    expect(columns.width).toBeGreaterThan(LEGEND.width);
    const entries = columns.entries;
    expect(entries).toHaveLength(tall.entries.length);
    // the second title is never left alone at the bottom of a column
    const title = entries.findIndex((e) => e.kind === "title" && e.text === "Shape: main role");
    expect(Math.floor(entries[title]!.x / LEGEND.width)).toBe(
      Math.floor(entries[title + 1]!.x / LEGEND.width),
    );
  });

  it("sizes a figure as the view plus the legend, times the scale", () => {
    const size = figureSize({ width: 1000, height: 700 }, { width: 240, height: 300 }, 2);
    expect(size).toEqual({ width: 2480, height: 1400, graphWidth: 2000, graphHeight: 1400 });
    expect(figureSize({ width: 100, height: 50 }, { width: 240, height: 300 }, 1).height).toBe(300);
  });
});
