import { describe, expect, it } from "vitest";
import type { Narrative } from "../../schema/index.ts";
import { parseCaption } from "../../src/core/view/caption.ts";
import { findStep, viewForStep } from "../../src/core/view/story.ts";
import { defaultViewState } from "../../src/core/view/view-state.ts";

describe("parseCaption", () => {
  it("keeps plain text, bold, italic and http(s) links, paragraph by paragraph", () => {
    expect(
      parseCaption("One **bold** and *it*.\n\nSee [memo](https://www.ponarseurasia.org/)."),
    ).toEqual([
      [
        { kind: "text", text: "One " },
        { kind: "bold", text: "bold" },
        { kind: "text", text: " and " },
        { kind: "italic", text: "it" },
        { kind: "text", text: "." },
      ],
      [
        { kind: "text", text: "See " },
        { kind: "link", text: "memo", href: "https://www.ponarseurasia.org/" },
        { kind: "text", text: "." },
      ],
    ]);
  });

  it("turns links to other schemes into plain text and leaves markup as text", () => {
    expect(parseCaption("[x](javascript:alert(1)) <b>hi</b>")).toEqual([
      [
        { kind: "text", text: "x" },
        { kind: "text", text: ") <b>hi</b>" },
      ],
    ]);
    expect(parseCaption("[d](data:text/html,hi)")).toEqual([[{ kind: "text", text: "d" }]]);
  });
});

describe("story steps", () => {
  const narrative: Narrative = {
    id: "n",
    title: "N",
    steps: [
      {
        title: "one",
        caption: "",
        view: { hiddenDomains: ["religious"], minCertainty: "reported" },
      },
      {
        title: "two",
        caption: "",
        view: {
          focus: { actor: "a", depth: 2 },
          window: { start: "2022-01-05", end: "2022-01-08" },
        },
      },
    ],
  };

  it("a step sets filters, focus and selection, and resets what it leaves out", () => {
    const before = { ...defaultViewState("d"), query: "kept", tab: "table" as const };
    before.filters.hiddenRoles = ["patron"];
    const one = viewForStep(before, narrative.steps[0]!);
    expect(one.filters.hiddenDomains).toEqual(["religious"]);
    expect(one.filters.hiddenRoles).toEqual([]);
    expect(one.filters.minCertainty).toBe("reported");
    expect(one.tab).toBe("graph");
    expect(one.query).toBe("kept");
    const two = viewForStep(one, narrative.steps[1]!);
    expect(two.filters.minCertainty).toBe("disputed");
    expect(two.focus).toEqual({ actor: "a", depth: 2 });
    expect(two.filters.window).toEqual({ start: "2022-01-05", end: "2022-01-08" });
  });

  it("finds steps and clamps an index past the end", () => {
    expect(findStep([narrative], { narrative: "n", step: 1 })?.step.title).toBe("two");
    expect(findStep([narrative], { narrative: "n", step: 9 })?.index).toBe(1);
    expect(findStep([narrative], { narrative: "missing", step: 0 })).toBeNull();
    expect(findStep(undefined, null)).toBeNull();
  });
});
