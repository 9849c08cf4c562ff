/** Holding cytoscape's drawing while a filter change is applied (app/graph/drawing-hold.ts). */
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { DrawingHold } from "../../src/app/graph/drawing-hold.ts";

/** cytoscape's own "mid-batch" test (its render loop skips frames while it is true; not in its types). */
const batching = (cy: cytoscape.Core) => (cy as unknown as { batching(): boolean }).batching();

const drawing = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: ".hidden", style: { display: "none" } }],
    elements: [{ group: "nodes", data: { id: "a" } }],
  });

describe("DrawingHold", () => {
  it("keeps a batch open while held, and closes it once when let go", () => {
    const cy = drawing();
    const hold = new DrawingHold(cy);
    hold.set(true);
    hold.set(true);
    expect(batching(cy)).toBe(true);
    expect(hold.holding).toBe(true);
    hold.set(false);
    expect(batching(cy)).toBe(false);
    hold.set(false);
    expect(batching(cy)).toBe(false);
  });

  it("applies a change made while held when it lets go, with a batch of its own inside", () => {
    const cy = drawing();
    const hold = new DrawingHold(cy);
    const a = cy.getElementById("a");
    hold.set(true);
    cy.batch(() => a.addClass("hidden"));
    // still inside the hold: the inner batch's end does not restyle yet
    expect(batching(cy)).toBe(true);
    hold.set(false);
    expect(a.style("display")).toBe("none");
    expect(a.visible()).toBe(false);
  });

  it("does nothing once the drawing is gone", () => {
    const cy = drawing();
    const hold = new DrawingHold(cy);
    cy.destroy();
    expect(() => hold.set(true)).not.toThrow();
    expect(hold.holding).toBe(false);
  });
});
