/**
 * Why is there no path? Re-runs the search with each constraint relaxed
 * (direction, minimum certainty, tie types, time window, maximum length),
 * then with pairs, triples… of them, and reports the smallest sets of
 * constraints whose relaxation restores a connection. When even relaxing
 * everything finds nothing, the actors lie in different components.
 */
import { certaintyRank, type Certainty } from "../../../schema/index.ts";
import type { ActorGraph } from "../graph/build.ts";
import { resolveConstraints, type PathConstraints } from "./constraints.ts";
import {
  asIdList,
  DEFAULT_K,
  findPaths,
  unknownActors,
  type PathOptions,
  type PathQuery,
} from "./paths.ts";
import { step, subProgress } from "./progress.ts";

export type ConstraintName = "direction" | "minCertainty" | "tieTypes" | "window" | "maxLength";

export interface Relaxation {
  /** The constraints dropped together. */
  relaxed: ConstraintName[];
  /** Paths found once they are dropped (at most k). */
  pathCount: number;
  /** True when the count hit k, so there may be more. */
  atLeast: boolean;
  /** Hops of the shortest path found. */
  shortest: number;
  /** Strength of the strongest path found. */
  strongest: Certainty;
}

export type NoPathExplanation =
  | { kind: "unknown-actors"; ids: string[]; message: string }
  | { kind: "empty-selection"; sides: ("from" | "to")[]; message: string }
  | { kind: "same-actor"; message: string }
  | { kind: "has-paths"; pathCount: number; message: string }
  | { kind: "relaxable"; active: ConstraintName[]; relaxations: Relaxation[]; message: string }
  | { kind: "disconnected"; active: ConstraintName[]; message: string };

/** The constraints that actually restrict anything in these options. */
export function activeConstraints(options: PathOptions): ConstraintName[] {
  const c = resolveConstraints(options.constraints);
  const active: ConstraintName[] = [];
  if (c.directed) active.push("direction");
  if (c.minCertainty !== undefined && c.minCertainty !== "disputed") active.push("minCertainty");
  if (c.tieTypes !== undefined) active.push("tieTypes");
  if (c.window !== undefined) active.push("window");
  if (options.maxLength !== undefined) active.push("maxLength");
  return active;
}

function relax(options: PathOptions, names: readonly ConstraintName[]): PathOptions {
  const constraints: PathConstraints = resolveConstraints(options.constraints);
  const relaxed: PathOptions = { ...options, all: false, constraints };
  for (const name of names) {
    if (name === "direction") constraints.directed = false;
    else if (name === "maxLength") delete relaxed.maxLength;
    else delete constraints[name];
  }
  return relaxed;
}

/** How a constraint reads in "No path …". */
function holding(name: ConstraintName, options: PathOptions): string {
  const c = resolveConstraints(options.constraints);
  switch (name) {
    case "direction":
      return "respecting direction";
    case "minCertainty":
      return `with ties at or above '${c.minCertainty}'`;
    case "tieTypes":
      return `using only tie types ${(c.tieTypes ?? []).join(", ") || "(none)"}`;
    case "window":
      return `in the window ${c.window?.start}..${c.window?.end}`;
    case "maxLength":
      return `of at most ${options.maxLength} hop${options.maxLength === 1 ? "" : "s"}`;
  }
}

/** How relaxing a constraint reads in "… if …". */
const RELAXED: Record<ConstraintName, string> = {
  direction: "direction is ignored",
  minCertainty: "ties at any certainty count",
  tieTypes: "every tie type is allowed",
  window: "the time window is dropped",
  maxLength: "paths of any length are allowed",
};

function describeRelaxation(r: Relaxation): string {
  const count = `${r.atLeast ? "at least " : ""}${r.pathCount} path${r.pathCount === 1 ? "" : "s"}`;
  const when = r.relaxed.map((name) => RELAXED[name]).join(" and ");
  return `${count} if ${when} (shortest: ${r.shortest} hop${r.shortest === 1 ? "" : "s"}, strongest: ${r.strongest})`;
}

function strongestOf(levels: Certainty[]): Certainty {
  return levels.reduce((best, level) =>
    certaintyRank(level) < certaintyRank(best) ? level : best,
  );
}

/** Every subset of `items`, smallest first. */
function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    all.push(items.filter((_, i) => mask & (1 << i)));
  }
  return all.sort((a, b) => a.length - b.length);
}

/**
 * Explains why `findPaths` finds nothing for this query and these options
 * (or says that it does find paths).
 */
export function explainNoPath(
  graph: ActorGraph,
  query: PathQuery,
  options: PathOptions = {},
): NoPathExplanation {
  const unknown = unknownActors(graph, query);
  if (unknown.length > 0) {
    return {
      kind: "unknown-actors",
      ids: unknown,
      message: `Unknown actor id${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`,
    };
  }
  const from = asIdList(query.from);
  const to = asIdList(query.to);
  const sides: ("from" | "to")[] = [];
  if (from.length === 0) sides.push("from");
  if (to.length === 0) sides.push("to");
  if (sides.length > 0) {
    const message =
      sides.length === 2
        ? "The 'from' and 'to' selections are both empty."
        : sides[0] === "from"
          ? "No actor to start from: the 'from' selection is empty."
          : "No actor to reach: the 'to' selection is empty.";
    return { kind: "empty-selection", sides, message };
  }
  if (from.length === 1 && to.length === 1 && from[0] === to[0]) {
    return { kind: "same-actor", message: "The source and the target are the same actor." };
  }
  const k = options.k ?? DEFAULT_K;
  const current = findPaths(graph, query, { ...options, all: false, k, onProgress: undefined });
  if (current.length > 0) {
    return {
      kind: "has-paths",
      pathCount: current.length,
      message: `${current.length} path${current.length === 1 ? "" : "s"} found; nothing to explain.`,
    };
  }
  const active = activeConstraints(options);
  const candidates = subsets(active);
  const relaxations: Relaxation[] = [];
  candidates.forEach((names, index) => {
    step(options, index / candidates.length, `relaxing ${names.join(" + ")}`);
    // only minimal sets: skip supersets of a set that already restores a path
    if (relaxations.some((r) => r.relaxed.every((name) => names.includes(name)))) return;
    const hooks = subProgress(options, index / candidates.length, (index + 1) / candidates.length);
    const paths = findPaths(graph, query, { ...relax(options, names), k, ...hooks });
    if (paths.length === 0) return;
    relaxations.push({
      relaxed: names,
      pathCount: paths.length,
      atLeast: paths.length >= k,
      shortest: Math.min(...paths.map((p) => p.length)),
      strongest: strongestOf(paths.map((p) => p.strength)),
    });
  });
  step(options, 1, "explained");
  if (relaxations.length === 0) {
    const what = active.length === 0 ? "at any certainty" : "even with every constraint relaxed";
    return {
      kind: "disconnected",
      active,
      message: `No path ${what}: the actors are in different components.`,
    };
  }
  const only = relaxations.length === 1 ? relaxations[0]?.relaxed : undefined;
  const head =
    only?.length === 1 && only[0] !== undefined
      ? `No path ${holding(only[0], options)}`
      : "No path under the current constraints";
  const message = `${head}; ${relaxations.map(describeRelaxation).join("; ")}.`;
  return { kind: "relaxable", active, relaxations, message };
}
