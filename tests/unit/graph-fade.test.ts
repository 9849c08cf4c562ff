import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { FADED, Fader } from "../../src/app/graph/fade.ts";

/** A headless cytoscape with `n` actors in a ring: ids a0…a(n-1), ties t0…t(n-1). */
function ring(n: number): cytoscape.Core {
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < n; i++) elements.push({ group: "nodes", data: { id: `a${i}` } });
  for (let i = 0; i < n; i++) {
    elements.push({
      group: "edges",
      data: { id: `t${i}`, source: `a${i}`, target: `a${(i + 1) % n}` },
    });
  }
  return cytoscape({ headless: true, styleEnabled: true, elements });
}

const fadedIds = (cy: cytoscape.Core) =>
  cy
    .elements(`.${FADED}`)
    .map((e) => e.id())
    .sort();
const allIds = (cy: cytoscape.Core) =>
  cy
    .elements()
    .map((e) => e.id())
    .sort();

/** A pause the test releases by hand, recording what it saw each time. */
function manualPauses(onPause: () => void = () => {}) {
  const waiting: (() => void)[] = [];
  return {
    pause: () =>
      new Promise<void>((resolve) => {
        onPause();
        waiting.push(resolve);
      }),
    get pending() {
      return waiting.length;
    },
    release() {
      waiting.shift()?.();
    },
  };
}

/** Cytoscape's batching(), which its type definitions leave out. */
const batching = (cy: cytoscape.Core) => (cy as unknown as { batching(): boolean }).batching();

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Releases pauses until the fader waits for none. */
async function drain(pauses: ReturnType<typeof manualPauses>): Promise<void> {
  await settle();
  while (pauses.pending > 0) {
    pauses.release();
    await settle();
  }
}

describe("Fader", () => {
  it("fades every element but the kept ones, and a null highlight unfades them all", async () => {
    const cy = ring(6);
    const fader = new Fader(cy);
    await fader.apply(["a1", "a2", "t1"]);
    const kept = new Set(["a1", "a2", "t1"]);
    expect(fadedIds(cy)).toEqual(allIds(cy).filter((id) => !kept.has(id)));
    await fader.apply(null);
    expect(fadedIds(cy)).toEqual([]);
    cy.destroy();
  });

  it("changes only the elements whose state changes when the highlight moves", async () => {
    const cy = ring(50);
    const fader = new Fader(cy);
    await fader.apply(["a1", "a2", "t1"]);
    const changed = new Set<string>();
    cy.on("class", (e) => changed.add(e.target.id()));
    await fader.apply(["a2", "a3", "t2"]);
    expect([...changed].sort()).toEqual(["a1", "a3", "t1", "t2"]);
    expect(fadedIds(cy)).not.toContain("a3");
    expect(fadedIds(cy)).toContain("a1");
    cy.destroy();
  });

  it("makes large changes a piece per task inside one batch, so cytoscape draws once at the end", async () => {
    const cy = ring(30); // 60 elements
    const seen: { batching: boolean; faded: number; styleEvents: number }[] = [];
    let styleEvents = 0;
    cy.on("style", () => styleEvents++);
    const pauses = manualPauses(() =>
      seen.push({ batching: batching(cy), faded: fadedIds(cy).length, styleEvents }),
    );
    const fader = new Fader(cy, { piece: 25, pause: pauses.pause });
    const done = fader.apply(["a0"]);
    await drain(pauses);
    await done;
    // 59 changes in pieces of 25: three tasks, two pauses between them
    expect(seen.map((s) => s.faded)).toEqual([25, 50]);
    expect(seen.every((s) => s.batching && s.styleEvents === 0)).toBe(true);
    expect(batching(cy)).toBe(false);
    expect(styleEvents).toBeGreaterThan(0);
    expect(fadedIds(cy)).toHaveLength(59);
    cy.destroy();
  });

  it("lets a newer highlight take over an unfinished one and its batch", async () => {
    const cy = ring(30);
    const pauses = manualPauses();
    const fader = new Fader(cy, { piece: 10, pause: pauses.pause });
    const first = fader.apply(["a0"]);
    await settle();
    expect(pauses.pending).toBe(1);
    const second = fader.apply(["a5", "a6", "t5"]);
    // the first call stops at its next pause; the second carries on in the same batch
    pauses.release();
    await first;
    expect(batching(cy)).toBe(true);
    await drain(pauses);
    await second;
    expect(batching(cy)).toBe(false);
    const kept = new Set(["a5", "a6", "t5"]);
    expect(fadedIds(cy)).toEqual(allIds(cy).filter((id) => !kept.has(id)));
  });

  it("closes the open batch when a newer call finds nothing left to change", async () => {
    const cy = ring(30);
    const pauses = manualPauses();
    const fader = new Fader(cy, { piece: 10, pause: pauses.pause });
    const first = fader.apply(["a0"]);
    await settle();
    // the first piece is made: ask for exactly what is on screen now
    const kept = allIds(cy).filter((id) => !fadedIds(cy).includes(id));
    const second = fader.apply(kept);
    pauses.release();
    await Promise.all([first, second]);
    expect(batching(cy)).toBe(false);
    expect(fader.busy).toBe(false);
    cy.destroy();
  });

  it("stops without error when the drawing is destroyed between pieces", async () => {
    const cy = ring(30);
    const pauses = manualPauses();
    const fader = new Fader(cy, { piece: 10, pause: pauses.pause });
    const done = fader.apply(["a0"]);
    await settle();
    cy.destroy();
    pauses.release();
    await expect(done).resolves.toBeUndefined();
  });
});
