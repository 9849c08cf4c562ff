/** Metric sizes and community colours on the drawn actors (app/graph/decorations.ts). */
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { COMMUNITY_COLOURS, decorateActors } from "../../src/app/graph/decorations.ts";

function drawing(): cytoscape.Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: 30, height: 30, "background-color": "#999999" } }],
    elements: [
      { group: "nodes", data: { id: "box" } },
      ...["a", "b", "c", "d"].map((id) => ({
        group: "nodes" as const,
        data: { id, parent: "box" },
      })),
    ],
  });
}

const width = (cy: cytoscape.Core, id: string) => cy.getElementById(id).numericStyle("width");
const colour = (cy: cytoscape.Core, id: string) =>
  cy.getElementById(id).style("background-color") as string;
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;

describe("decorateActors", () => {
  it("scales a metric to 18–64 px, and leaves an actor without a value as styled", () => {
    const cy = drawing();
    decorateActors(cy, { a: 2, b: 4, c: 6 }, null);
    expect(width(cy, "a")).toBe(18);
    expect(width(cy, "b")).toBe(41);
    expect(width(cy, "c")).toBe(64);
    expect(width(cy, "d")).toBe(30);
  });

  it("colours by community from the palette, wrapping round it", () => {
    const cy = drawing();
    decorateActors(cy, null, { a: 0, b: 3, c: 10 });
    expect(colour(cy, "a")).toBe(rgb(COMMUNITY_COLOURS[0]!));
    expect(colour(cy, "b")).toBe(rgb(COMMUNITY_COLOURS[3]!));
    expect(colour(cy, "c")).toBe(rgb(COMMUNITY_COLOURS[0]!));
    expect(colour(cy, "d")).toBe(rgb("#999999"));
  });

  it("gives the stylesheet's look back when both are null, or when every value is the same", () => {
    const cy = drawing();
    decorateActors(cy, { a: 1, b: 5 }, { a: 2 });
    decorateActors(cy, null, null);
    expect(width(cy, "a")).toBe(30);
    expect(colour(cy, "a")).toBe(rgb("#999999"));
    decorateActors(cy, { a: 3, b: 3 }, null);
    expect(width(cy, "a")).toBe(30);
  });
});
