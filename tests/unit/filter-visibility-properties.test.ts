/**
 * computeVisibility reads a per-dataset index of numbers (filter-index.ts);
 * these properties hold it to the filter rules written plainly, over string
 * lookups and periods, for random datasets and filter states.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTOR_KINDS,
  CERTAINTY_LEVELS,
  meetsCertainty,
  type Actor,
  type Period,
  type Tie,
} from "../../schema/index.ts";
import { DEFAULT_FILTERS, type FilterState } from "../../src/core/filter/filter-state.ts";
import { computeVisibility, type Visibility } from "../../src/core/filter/visible.ts";
import { activeIn, windowInterval } from "../../src/core/time/interval.ts";
import { isoDate, period } from "./arbitraries/dataset.ts";

type Data = { actors: Actor[]; ties: Tie[] };

/** The rules as docs/user-guide.md states them. */
function plainVisibility(data: Data, filters: FilterState): Visibility {
  const window = filters.window ? windowInterval(filters.window) : null;
  const actors = new Set<string>();
  for (const actor of data.actors) {
    if (filters.hiddenKinds.includes(actor.kind)) continue;
    if (!actor.domains.some((d) => !filters.hiddenDomains.includes(d))) continue;
    if (!actor.roles.some((r) => !filters.hiddenRoles.includes(r))) continue;
    if (window && filters.windowAppliesToActors && activeIn(actor.period, window) === false)
      continue;
    actors.add(actor.id);
  }
  const ties = new Set<string>();
  const undatedTies = new Set<string>();
  for (const tie of data.ties) {
    if (!actors.has(tie.source) || !actors.has(tie.target)) continue;
    if (filters.hiddenTieTypes.includes(tie.type)) continue;
    if (!meetsCertainty(tie.certainty, filters.minCertainty)) continue;
    if (window) {
      const active = activeIn(tie.period, window);
      if (active === false) continue;
      if (active === undefined && filters.undated === "hide") continue;
      if (active === undefined && filters.undated === "mark") undatedTies.add(tie.id);
    }
    ties.add(tie.id);
  }
  if (filters.hideIsolated) {
    const connected = new Set(
      data.ties.filter((t) => ties.has(t.id)).flatMap((t) => [t.source, t.target]),
    );
    for (const id of [...actors]) if (!connected.has(id)) actors.delete(id);
  }
  return { actors, ties, undatedTies };
}

const DOMAINS = ["politics", "security", "markets"];
const ROLES = ["patron", "broker", "mobilizer"];
const TYPES = ["kinship", "command", "funding"];
const somePeriod: fc.Arbitrary<Period | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({}),
  period,
);
const subset = (of: string[]) => fc.subarray(of);

const data: fc.Arbitrary<Data> = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...ACTOR_KINDS),
      domains: subset(DOMAINS),
      roles: subset(ROLES),
      period: somePeriod,
    }),
    { maxLength: 12 },
  )
  .chain((drafts) => {
    const actors = drafts.map(
      (d, i) => ({ id: `a${i}`, name: `Actor ${i}`, ...d }) as unknown as Actor,
    );
    const end = fc.constantFrom(...actors.map((a) => a.id), "nobody");
    const ties = fc.array(
      fc.record({
        source: end,
        target: end,
        type: fc.constantFrom(...TYPES),
        certainty: fc.constantFrom(...CERTAINTY_LEVELS),
        period: somePeriod,
      }),
      { maxLength: 30 },
    );
    return ties.map((drafts) => ({
      actors,
      ties: drafts.map((t, i) => ({ id: `t${i}`, ...t }) as unknown as Tie),
    }));
  });

const filters: fc.Arbitrary<FilterState> = fc.record({
  hiddenDomains: subset(DOMAINS),
  hiddenRoles: subset(ROLES),
  hiddenTieTypes: subset(TYPES),
  hiddenKinds: subset([...ACTOR_KINDS]),
  minCertainty: fc.constantFrom(...CERTAINTY_LEVELS),
  hideIsolated: fc.boolean(),
  window: fc.option(
    fc.tuple(isoDate, isoDate).map(([start, end]) => ({ start, end })),
    { nil: undefined },
  ),
  undated: fc.constantFrom("show" as const, "mark" as const, "hide" as const),
  windowAppliesToActors: fc.boolean(),
});

const listed = (v: Visibility) => ({
  actors: [...v.actors],
  ties: [...v.ties],
  undatedTies: [...v.undatedTies],
});

describe("computeVisibility over its index", () => {
  it("shows what the plain rules show, in dataset order", () => {
    fc.assert(
      fc.property(data, filters, (d, f) => {
        expect(listed(computeVisibility(d, f))).toEqual(listed(plainVisibility(d, f)));
      }),
      { numRuns: 400 },
    );
  });

  it("answers the same for filter after filter on one dataset (the cached index)", () => {
    fc.assert(
      fc.property(data, fc.array(filters, { minLength: 2, maxLength: 5 }), (d, fs) => {
        for (const f of fs)
          expect(listed(computeVisibility(d, f))).toEqual(listed(plainVisibility(d, f)));
      }),
      { numRuns: 100 },
    );
  });

  it("follows an edit that replaces the ties or the actors", () => {
    const actors = [
      { id: "a", name: "A", kind: "person", domains: ["politics"], roles: ["patron"] },
      { id: "b", name: "B", kind: "person", domains: ["politics"], roles: ["broker"] },
    ] as unknown as Actor[];
    const ties = [
      { id: "t1", source: "a", target: "b", type: "kinship", certainty: "reported" },
    ] as unknown as Tie[];
    expect([...computeVisibility({ actors, ties }, DEFAULT_FILTERS).ties]).toEqual(["t1"]);
    const weaker = [{ ...ties[0]!, certainty: "disputed" }] as Tie[];
    const strict = { ...DEFAULT_FILTERS, minCertainty: "reported" as const };
    expect(computeVisibility({ actors, ties: weaker }, strict).ties.size).toBe(0);
    // the same ties with a different actor list: the endpoints are looked up again
    const renamed = actors.map((a) => (a.id === "b" ? { ...a, id: "c" } : a));
    expect(computeVisibility({ actors: renamed, ties }, DEFAULT_FILTERS).ties.size).toBe(0);
  });
});
