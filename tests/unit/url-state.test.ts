import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseUrlState, serializeUrlState } from "../../src/core/view/url-state.ts";
import { defaultViewState, type ViewState } from "../../src/core/view/view-state.ts";

const DEFAULT = "kazakhstan-2022";

describe("URL state", () => {
  it("round-trips a full view", () => {
    const view: ViewState = {
      ...defaultViewState("comparative-cases"),
      filters: {
        hiddenDomains: ["religious", "crime"],
        hiddenRoles: ["observer"],
        hiddenTieTypes: ["kinship"],
        hiddenKinds: ["facility"],
        minCertainty: "reported",
        hideIsolated: true,
        window: { start: "2022-01-04", end: "2022-01-07" },
        undated: "hide",
        windowAppliesToActors: true,
      },
      query: "Назарбаев",
      selection: { kind: "tie", id: "abish-office-knb" },
      focus: { actor: "samat-abish", depth: 2 },
      tab: "table",
      side: "paths",
      paths: {
        from: "role:patron",
        to: "provocateurs",
        k: 3,
        directed: true,
        minCertainty: "alleged",
        all: true,
        maxLength: 4,
        rankBy: "strength",
        useViewFilters: false,
      },
      story: { narrative: "january-2022", step: 2 },
      embed: true,
      dataUrl: "https://example.org/data/case.json",
      workspace: "ws-abc123-x9",
    };
    const parsed = parseUrlState(serializeUrlState(view, DEFAULT), DEFAULT);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual({
      ...view,
      filters: { ...view.filters, hiddenDomains: ["crime", "religious"] },
    });
  });

  it("leaves defaults out of the link", () => {
    expect(serializeUrlState(defaultViewState(DEFAULT), DEFAULT)).toBe("");
  });

  it("falls back to defaults with notices for malformed parts", () => {
    const parsed = parseUrlState(
      "mc=certainly&sel=actor:<script>&from=2022-13-01&hd=ok,%3Cimg%3E&tab=admin&d=../etc&pf=a&pt=%22x",
      DEFAULT,
    );
    expect(parsed.state.filters.minCertainty).toBe("disputed");
    expect(parsed.state.selection).toBeNull();
    expect(parsed.state.filters.window).toBeUndefined();
    expect(parsed.state.filters.hiddenDomains).toEqual(["ok"]);
    expect(parsed.state.tab).toBe("graph");
    expect(parsed.state.dataset).toBe(DEFAULT);
    expect(parsed.state.paths).toBeNull();
    expect(parsed.notices.length).toBe(7);
  });

  it("accepts only https or same-site data addresses", () => {
    for (const ok of [
      "https://example.org/a.json",
      "data/case.json",
      "./x.json",
      "/datasets/b.json",
    ]) {
      expect(parseUrlState(`data=${encodeURIComponent(ok)}`, DEFAULT).state.dataUrl).toBe(ok);
    }
    for (const bad of [
      "http://example.org/a.json",
      "javascript:alert(1)",
      "//evil.example/x.json",
      "data:text/plain,1",
      "file:///etc/passwd",
    ]) {
      const parsed = parseUrlState(`data=${encodeURIComponent(bad)}`, DEFAULT);
      expect(parsed.state.dataUrl).toBeNull();
      expect(parsed.notices).toHaveLength(1);
    }
  });

  it("never throws on arbitrary query strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        const { state } = parseUrlState(s, DEFAULT);
        expect(state.dataset).toMatch(/^[a-z0-9-]+$/);
      }),
    );
  });
});
