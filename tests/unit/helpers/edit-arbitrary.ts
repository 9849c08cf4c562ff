/**
 * Random edit operations for property tests. A seed (a few random numbers)
 * becomes a concrete operation for the workspace at hand; pools of ids,
 * names and terms mix valid and invalid values, so some operations are
 * refused (empty names, unknown actors, duplicate ids, unknown terms…).
 */
import fc from "fast-check";
import { CERTAINTY_LEVELS, resolveVocabulary, type Dataset } from "../../../schema/index.ts";
import {
  applyEdit,
  type AnyTerm,
  type Operation,
  type TermList,
  type Workspace,
} from "../../../src/core/edit/index.ts";

export interface Seed {
  kind: number;
  a: number;
  b: number;
  c: number;
  d: number;
  flag: boolean;
}

// unbiased: fast-check's bias towards small numbers would keep choosing the same few values
const n = () => fc.noBias(fc.nat({ max: 1_000_000 }));
export const seedArbitrary: fc.Arbitrary<Seed> = fc.record({
  kind: n(),
  a: n(),
  b: n(),
  c: n(),
  d: n(),
  flag: fc.boolean(),
});

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
/** Mostly a value from `good`, one time in six one from `bad`. */
const choose = <T>(good: readonly T[], bad: readonly T[], n: number): T =>
  n % 6 === 0 || good.length === 0 ? pick(bad, Math.floor(n / 6)) : pick(good, Math.floor(n / 6));

const ACTOR_IDS = "abcdefghijklmn".split("");
const BAD_IDS = ["Bad Id", "a"];
const NAMES = ["Alpha", "Бета", "Gamma", "Delta"];
const BAD_NAMES = ["", "  "];
const DOMAINS = ["state", "markets", "clan", "security"];
const BAD_DOMAINS = ["nope", "guild"]; // guild: valid once a random addTerm adds it
const ROLES = ["patron", "broker", "enforcer", "official"];
const BAD_ROLES = ["nope", "fixer"];
const TIE_TYPES = ["control", "kinship", "feud", "support"];
const BAD_TIE_TYPES = ["nope", "funding"];
const TIE_IDS = ["t1", "t2", "t3", "t4", "t5", "t6"];
const SOURCE_IDS = ["s1", "s2", "s3"];
/** A source id: mostly one the dataset has. */
const sourceId = (dataset: Dataset, n: number) =>
  choose(ids(dataset.sources).length > 0 ? ids(dataset.sources) : SOURCE_IDS, SOURCE_IDS, n);
const EVENT_IDS = ["e1", "e2", "e3"];
const DATES = ["2022", "2022-01-05", "2021-12"];
const BAD_DATES = ["2022-13", ""];
const LISTS: TermList[] = ["domains", "roles", "tieTypes"];
const TERM_IDS: Record<TermList, string[]> = {
  domains: ["clan", "guild", "state", "Bad"],
  roles: ["broker", "fixer", "patron"],
  tieTypes: ["feud", "funding", "control"],
};

/** A small valid dataset: three actors, a tie, a source and one own term of each kind. */
export function baseWorkspace(): Workspace {
  const dataset: Dataset = {
    schemaVersion: "1.0",
    meta: { title: "Random" },
    sources: [{ id: "s1", title: "Source one" }],
    vocabulary: {
      domains: [{ id: "clan", label: "Clan", color: "#112233" }],
      roles: [{ id: "broker", label: "Broker", shape: "tag" }],
      tieTypes: [{ id: "feud", label: "Feud", directed: false, color: "#445566" }],
    },
    actors: ["a", "b", "c"].map((id) => ({
      id,
      name: id.toUpperCase(),
      kind: "person" as const,
      domains: ["state"],
      roles: ["patron"],
    })),
    ties: [{ id: "t1", source: "a", target: "b", type: "control", certainty: "reported" }],
  };
  return { dataset, positions: { a: { x: 0, y: 0 } } };
}

function term(list: TermList, id: string, label: string, flag: boolean): AnyTerm {
  if (list === "domains") return { id, label, color: flag ? "#aabbcc" : "#0000FF" };
  if (list === "roles") return { id, label, shape: flag ? "star" : "diamond" };
  return { id, label, directed: flag, color: "#123456" };
}

const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((r) => r.id);
/** An existing id most of the time, sometimes one that does not exist. */
const someId = (list: readonly { id: string }[] | undefined, n: number) =>
  ids(list).length > 0 ? choose(ids(list), ["zz"], n) : "zz";

function evidenceOp(ws: Workspace, s: Seed): Operation {
  const { dataset } = ws;
  const kind = pick(["addEvidence", "updateEvidence", "removeEvidence"] as const, s.kind >> 5);
  type Owners = readonly { id: string; evidence?: unknown[] }[];
  const filled = (["actors", "ties", "events"] as const).filter((c) => dataset[c]?.length);
  const collection = pick(filled.length > 0 ? filled : (["events"] as const), s.a);
  const all: Owners = dataset[collection] ?? [];
  const cited = all.filter((o) => o.evidence?.length);
  const owners = kind !== "addEvidence" && cited.length > 0 ? cited : all;
  const owner = { collection, id: someId(owners, s.b) };
  const length = owners.find((o) => o.id === owner.id)?.evidence?.length ?? 0;
  const quote = s.flag ? { quote: choose(["q", "another"], [""], s.d) } : {};
  const item = { source: sourceId(dataset, s.c), ...quote };
  if (kind === "addEvidence") return { kind, owner, item, index: s.d % (length + 1) };
  const index = length > 0 ? s.d % length : 0;
  return kind === "updateEvidence" ? { kind, owner, index, item } : { kind, owner, index };
}

function termOp(ws: Workspace, s: Seed): Operation {
  const list = pick(LISTS, s.a);
  const own = ws.dataset.vocabulary?.[list] ?? [];
  const resolved = resolveVocabulary(ws.dataset.vocabulary)[list];
  const label = choose(["Label", "Other"], [""], s.d);
  switch (s.kind % 5) {
    case 0:
      return {
        kind: "addTerm",
        list,
        term: term(list, pick(TERM_IDS[list], s.b), label, s.flag),
      } as Operation;
    case 1: {
      const id = pick([...ids(resolved), "zz"], s.b);
      const newId = s.flag ? pick(TERM_IDS[list], s.c) : id;
      return { kind: "updateTerm", list, id, term: term(list, newId, label, s.flag) } as Operation;
    }
    case 2:
      return { kind: "deleteTerm", list, id: pick([...ids(own), ...TERM_IDS[list]], s.b) };
    case 3:
      return { kind: "setVocabularyBase", base: pick(["default", "none", null] as const, s.b) };
    default:
      return { kind: "setMeta", meta: { title: choose(["Title", "Other"], [""], s.b) } };
  }
}

/** Record operations, weighted towards adds so that random datasets grow: case numbers below. */
const RECORD_CASES = [0, 0, 0, 0, 1, 2, 3, 3, 3, 3, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11];

function recordOp(ws: Workspace, s: Seed): Operation {
  const { dataset } = ws;
  const actor = (n: number) => choose(ids(dataset.actors), ["ghost"], n);
  const cert = pick(CERTAINTY_LEVELS, s.d);
  switch (RECORD_CASES[s.kind % RECORD_CASES.length]) {
    case 0: {
      const evidence = s.flag ? { evidence: [{ source: sourceId(dataset, s.a + s.b) }] } : {};
      const record = {
        id: choose(ACTOR_IDS, BAD_IDS, s.a),
        name: choose(NAMES, BAD_NAMES, s.b),
        kind: "person" as const,
        domains: [choose(DOMAINS, BAD_DOMAINS, s.c)],
        roles: [choose(ROLES, BAD_ROLES, s.d)],
        ...evidence,
      };
      const position = s.flag ? { position: { x: s.a, y: s.b } } : {};
      return { kind: "addActor", record, index: s.c % (dataset.actors.length + 1), ...position };
    }
    case 1: {
      const old = dataset.actors.find((a) => a.id === someId(dataset.actors, s.a));
      if (!old)
        return {
          kind: "updateActor",
          id: "zz",
          record: { ...baseWorkspace().dataset.actors[0]!, id: "zz" },
        };
      const variants = [
        { ...old, name: choose(NAMES, BAD_NAMES, s.b) },
        { ...old, id: choose(ACTOR_IDS, BAD_IDS, s.b) },
        {
          ...old,
          domains: [choose(DOMAINS, BAD_DOMAINS, s.b)],
          roles: [choose(ROLES, BAD_ROLES, s.c)],
        },
      ];
      return { kind: "updateActor", id: old.id, record: pick(variants, s.d) };
    }
    case 2:
      return { kind: "deleteActor", id: someId(dataset.actors, s.a) };
    case 3: {
      const record = {
        id: pick(TIE_IDS, s.a),
        source: actor(s.b),
        target: actor(s.c),
        type: choose(TIE_TYPES, BAD_TIE_TYPES, s.d),
        certainty: cert,
      };
      return { kind: "addTie", record };
    }
    case 4: {
      const old = dataset.ties.find((t) => t.id === someId(dataset.ties, s.a));
      if (!old) return { kind: "deleteTie", id: "zz" };
      const variants = [
        { ...old, certainty: cert },
        { ...old, id: pick(TIE_IDS, s.b) },
        { ...old, target: actor(s.b) },
        { ...old, type: choose(TIE_TYPES, BAD_TIE_TYPES, s.b) },
      ];
      return { kind: "updateTie", id: old.id, record: pick(variants, s.c) };
    }
    case 5:
      return { kind: "deleteTie", id: someId(dataset.ties, s.a) };
    case 6:
      return {
        kind: "addSource",
        record: { id: pick(SOURCE_IDS, s.a), title: choose(NAMES, BAD_NAMES, s.b) },
      };
    case 7: {
      const id = someId(dataset.sources, s.a);
      const record = {
        id: s.flag ? pick(SOURCE_IDS, s.b) : id,
        title: choose(NAMES, BAD_NAMES, s.c),
      };
      return { kind: "updateSource", id, record };
    }
    case 8:
      return { kind: "deleteSource", id: someId(dataset.sources, s.a) };
    case 9:
    case 10: {
      const date = choose(DATES, BAD_DATES, s.c);
      const participants = s.flag ? { participants: [{ actor: actor(s.d) }] } : {};
      const update = s.kind % RECORD_CASES.length === 18 && ids(dataset.events).length > 0;
      const id = update ? someId(dataset.events, s.a) : pick(EVENT_IDS, s.a);
      const renamed = update && s.d % 3 === 0 ? pick(EVENT_IDS, s.b) : id;
      const title = choose(NAMES, BAD_NAMES, s.b);
      const record = { id: renamed, title, ...(date ? { date } : {}), ...participants };
      return update ? { kind: "updateEvent", id, record } : { kind: "addEvent", record };
    }
    default:
      return { kind: "deleteEvent", id: someId(dataset.events, s.a) };
  }
}

function moveOp(ws: Workspace, s: Seed): Operation {
  const actor = (n: number) => choose(ids(ws.dataset.actors), ["ghost"], n);
  const moves = {
    [actor(s.a)]: s.flag ? { x: s.b, y: -s.c } : null,
    [actor(s.d)]: { x: 1, y: 2 },
  };
  return { kind: "moveActors", moves };
}

/** A concrete operation (never a batch) for `ws`. */
export function operationFor(ws: Workspace, s: Seed): Operation {
  const family = s.kind % 10;
  if (family < 6) return recordOp(ws, { ...s, kind: s.kind >> 4 });
  if (family < 8) return evidenceOp(ws, s);
  if (family < 9) return termOp(ws, { ...s, kind: s.kind >> 4 });
  return moveOp(ws, s);
}

/** A random valid workspace: the base one after the valid ones of some random operations. */
export function workspaceFrom(seeds: Seed[]): Workspace {
  let ws = baseWorkspace();
  for (const seed of seeds) {
    const result = applyEdit(ws, operationFor(ws, seed));
    if (result.ok) ws = result.workspace;
  }
  return ws;
}
