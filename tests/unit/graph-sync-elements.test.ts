/** Element definitions → cytoscape, touching only what changed (app/graph/sync-elements.ts). */
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { GROUP_PREFIX } from "../../src/app/graph/domain-groups.ts";
import { syncElements } from "../../src/app/graph/sync-elements.ts";

const actor = (
  id: string,
  extra: Record<string, unknown> = {},
  position?: { x: number; y: number },
) =>
  ({
    group: "nodes",
    data: { id, label: id, ...extra },
    ...(position ? { position } : {}),
  }) as const;
const tie = (id: string, source: string, target: string) =>
  ({ group: "edges", data: { id, source, target } }) as const;

function drawing(): cytoscape.Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: "preset" },
    elements: [
      { group: "nodes", data: { id: `${GROUP_PREFIX}state`, label: "State" } },
      actor("a", { pie1: 50, pieSize1: "50%" }, { x: 0, y: 0 }),
      actor("b", {}, { x: 100, y: 0 }),
      actor("gone", {}, { x: 5, y: 5 }),
      tie("t1", "a", "b"),
      tie("t-gone", "a", "gone"),
    ],
  });
}

describe("syncElements", () => {
  it("removes what is not kept, but leaves the domain boxes", () => {
    const cy = drawing();
    const wanted = [
      actor("a", {}, { x: 0, y: 0 }),
      actor("b", {}, { x: 100, y: 0 }),
      tie("t1", "a", "b"),
    ];
    const added = syncElements(cy, wanted, new Set(["a", "b", "t1"]), { x: 0, y: 0 });
    expect(added).toEqual({ actors: [], ties: [] });
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(["a", "b", `${GROUP_PREFIX}state`, "t1"]);
  });

  it("adds the missing, placing actors without a position in rows of five near the given spot", () => {
    const cy = drawing();
    const news = Array.from({ length: 7 }, (_, i) => actor(`n${i}`));
    const wanted = [
      actor("a"),
      actor("b"),
      actor("gone"),
      actor("placed", {}, { x: 900, y: 900 }),
      ...news,
      tie("t1", "a", "b"),
      tie("t-new", "n0", "n1"),
    ];
    const keep = new Set(wanted.map((d) => d.data.id));
    const added = syncElements(cy, wanted, keep, { x: 1000, y: 2000 });
    expect(added.actors).toEqual(["placed", ...news.map((d) => d.data.id)]);
    expect(added.ties).toEqual(["t-new"]);
    expect(cy.getElementById("placed").position()).toEqual({ x: 900, y: 900 });
    // "placed" took the first slot of the count, so the new ones start at the second
    expect(cy.getElementById("n0").position()).toEqual({ x: 1040, y: 2000 });
    expect(cy.getElementById("n3").position()).toEqual({ x: 1160, y: 2000 });
    expect(cy.getElementById("n4").position()).toEqual({ x: 1000, y: 2040 });
    expect(cy.getElementById("n6").position()).toEqual({ x: 1080, y: 2040 });
    expect(cy.getElementById("t-new").source().id()).toBe("n0");
  });

  it("updates data and positions, and drops pie slices an actor no longer has", () => {
    const cy = drawing();
    const wanted = [
      actor("a", { label: "Renamed" }, { x: 10, y: 20 }),
      actor("b", {}),
      tie("t1", "a", "b"),
    ];
    syncElements(cy, wanted, new Set(["a", "b", "t1"]), { x: 0, y: 0 });
    const a = cy.getElementById("a");
    expect(a.data("label")).toBe("Renamed");
    expect(a.data("pie1")).toBeUndefined();
    expect(a.data("pieSize1")).toBeUndefined();
    expect(a.position()).toEqual({ x: 10, y: 20 });
    // no position given: the actor stays where it is
    expect(cy.getElementById("b").position()).toEqual({ x: 100, y: 0 });
  });
});
