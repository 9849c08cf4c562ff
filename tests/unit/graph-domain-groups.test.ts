/** Domain boxes around the actors (app/graph/domain-groups.ts). */
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { GROUP_PREFIX, groupByDomain } from "../../src/app/graph/domain-groups.ts";

function drawing(): cytoscape.Core {
  return cytoscape({
    headless: true,
    elements: [
      { group: "nodes", data: { id: "a", domain: "state" } },
      { group: "nodes", data: { id: "b", domain: "state" } },
      { group: "nodes", data: { id: "c", domain: "crime" } },
    ],
  });
}

const parentOf = (cy: cytoscape.Core, id: string) => {
  const parent = cy.getElementById(id).parent();
  return parent.empty() ? null : parent.first().id();
};

describe("groupByDomain", () => {
  it("puts each actor in one box per domain, labelled from the vocabulary or by the id", () => {
    const cy = drawing();
    groupByDomain(cy, true, new Map([["state", "State"]]));
    expect(parentOf(cy, "a")).toBe(`${GROUP_PREFIX}state`);
    expect(parentOf(cy, "b")).toBe(`${GROUP_PREFIX}state`);
    expect(parentOf(cy, "c")).toBe(`${GROUP_PREFIX}crime`);
    expect(cy.getElementById(`${GROUP_PREFIX}state`).data("label")).toBe("State");
    expect(cy.getElementById(`${GROUP_PREFIX}crime`).data("label")).toBe("crime");
    expect(cy.nodes().length).toBe(5);
  });

  it("takes the boxes away again, and grouping twice makes no second box", () => {
    const cy = drawing();
    groupByDomain(cy, true, new Map());
    groupByDomain(cy, true, new Map());
    expect(cy.nodes().length).toBe(5);
    groupByDomain(cy, false, new Map());
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(["a", "b", "c"]);
    for (const id of ["a", "b", "c"]) expect(parentOf(cy, id)).toBeNull();
  });
});
