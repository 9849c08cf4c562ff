/**
 * Cytoscape works out its style hints in one shared object once
 * shareStyleHintScratch has run (src/app/graph/style-hint-scratch.ts), and
 * makes the same cache keys from them as it does with an object per element.
 */
import { readFileSync } from "node:fs";
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { Dataset, resolveVocabulary } from "../../schema/index.ts";
import { buildElements } from "../../src/app/graph/elements.ts";
import { buildStylesheet } from "../../src/app/graph/stylesheet.ts";
import {
  shareStyleHintScratch,
  STYLE_HINT_SCRATCH,
} from "../../src/app/graph/style-hint-scratch.ts";

const dataset = Dataset.parse(JSON.parse(readFileSync("data/kazakhstan-2022.json", "utf8")));
const vocabulary = resolveVocabulary(dataset.vocabulary);
const positions = Object.fromEntries(dataset.actors.map((a, i) => [a.id, { x: i * 40, y: 0 }]));

/** What the renderer caches by, per element. */
const KEYS = [
  "styleKey",
  "labelDimsKey",
  "labelKey",
  "labelStyleKey",
  "sourceLabelKey",
  "sourceLabelStyleKey",
  "targetLabelKey",
  "targetLabelStyleKey",
  "nodeKey",
  "hasPie",
  "hasStripe",
] as const;

type Private = Record<string, unknown>;
const privateOf = (ele: cytoscape.SingularElementArgument) =>
  (ele as unknown as { _private: Private })._private;

/** The dataset drawn with both stylesheets, some actors labelled, one selected and one faded. */
function drawings(): cytoscape.Core[] {
  return [false, true].map((large) => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(vocabulary, { large }),
      elements: buildElements(dataset, vocabulary, positions),
    });
    cy.nodes().slice(0, 5).addClass("labelled");
    cy.nodes().first().select();
    cy.elements().last().addClass("faded");
    return cy;
  });
}

/** The keys, once cytoscape has applied the style it put off (it applies it when asked for a value). */
const keysOf = (cy: cytoscape.Core) =>
  cy.elements().map((ele) => {
    ele.style("display");
    const p = privateOf(ele);
    return [ele.id(), ...KEYS.map((k) => p[k])];
  });

describe("style hints in one shared object", () => {
  it("keeps the cache keys cytoscape makes, and no object per element", () => {
    // before sharing: an object per element
    const before = drawings();
    for (const cy of before) {
      const objects = new Set(cy.elements().map((ele) => privateOf(ele).styleKeys));
      expect(objects.size).toBe(cy.elements().length);
    }
    expect(shareStyleHintScratch()).toBe(true);
    const after = drawings();
    after.forEach((cy, i) => expect(keysOf(cy)).toEqual(keysOf(before[i]!)));
    for (const cy of after) {
      for (const ele of cy.elements()) expect(privateOf(ele).styleKeys).toBe(STYLE_HINT_SCRATCH);
    }
    // the keys differ between elements that look different, so the comparison means something
    expect(new Set(keysOf(after[0]!).map((k) => k[1])).size).toBeGreaterThan(3);
    for (const cy of [...before, ...after]) cy.destroy();
  });

  it("answers the same when asked again", () => {
    expect(shareStyleHintScratch()).toBe(true);
  });
});
