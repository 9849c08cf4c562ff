/**
 * Fading what a highlight leaves out: the highlighted elements are clear at
 * once, the rest is faded a step per task, and a later highlight (or none)
 * takes over from one still fading. On cytoscape without a renderer.
 */
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { HighlightFading } from "../../src/app/graph/highlight-fading.ts";

function graph(nodes: number) {
  return cytoscape({
    headless: true,
    elements: [
      ...Array.from({ length: nodes }, (_, i) => ({ data: { id: `n${i}` } })),
      ...Array.from({ length: nodes - 1 }, (_, i) => ({
        data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
      })),
    ],
  });
}

const faded = (cy: cytoscape.Core) =>
  cy
    .elements(".faded")
    .map((e) => e.id())
    .sort();
const all = (cy: cytoscape.Core) =>
  cy
    .elements()
    .map((e) => e.id())
    .sort();
const without = (ids: string[], kept: string[]) => ids.filter((id) => !kept.includes(id));

/** A pause that waits until the test lets it go, counting the pauses asked for. */
function manualPause() {
  const waiting: Array<() => void> = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    get waiting() {
      return waiting.length;
    },
    async releaseAll() {
      while (waiting.length > 0) {
        waiting.shift()!();
        // let the released step run (and ask for its next pause)
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  };
}

describe("HighlightFading", () => {
  it("fades everything but the highlight within the call when the graph is small", async () => {
    const cy = graph(10);
    const fading = new HighlightFading(cy, () => Promise.reject(new Error("no pause expected")));
    const kept = ["n2", "n3", "e2"];
    const done = fading.apply(kept);
    expect(faded(cy)).toEqual(without(all(cy), kept));
    await done;
    await fading.apply(null);
    expect(faded(cy)).toEqual([]);
  });

  it("on a large graph, clears the highlight at once and fades the rest a step per task", async () => {
    const cy = graph(30); // 59 elements
    const manual = manualPause();
    const fading = new HighlightFading(cy, manual.pause, 10);
    cy.elements().addClass("faded"); // left over from an earlier highlight
    const kept = ["n0", "e0", "n1"];
    const done = fading.apply(kept);
    expect(faded(cy).filter((id) => kept.includes(id))).toEqual([]);
    // 56 elements to fade: the first ten now, the rest after a pause each
    expect(manual.waiting).toBe(1);
    await manual.releaseAll();
    await done;
    expect(faded(cy)).toEqual(without(all(cy), kept));
  });

  it("gives way to a later highlight, whose state is the one that stays", async () => {
    const cy = graph(30);
    const manual = manualPause();
    const fading = new HighlightFading(cy, manual.pause, 10);
    const first = fading.apply(["n0", "n1", "e0"]);
    const second = fading.apply(["n20", "n21", "e20"]);
    await manual.releaseAll();
    await Promise.all([first, second]);
    expect(faded(cy)).toEqual(without(all(cy), ["n20", "n21", "e20"]));

    const cleared = fading.apply(null);
    await manual.releaseAll();
    await cleared;
    expect(faded(cy)).toEqual([]);
  });

  it("clears a fading that is still going on", async () => {
    const cy = graph(30);
    const manual = manualPause();
    const fading = new HighlightFading(cy, manual.pause, 10);
    const fade = fading.apply(["n5"]);
    const clear = fading.apply(null);
    await manual.releaseAll();
    await Promise.all([fade, clear]);
    expect(faded(cy)).toEqual([]);
  });
});
