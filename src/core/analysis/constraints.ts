/**
 * Which ties an analysis may use and how: direction, minimum certainty,
 * allowed tie types and a time window. Paths, explanations, ego networks
 * and metrics all take the same `PathConstraints`.
 */
import {
  CERTAINTY_LEVELS,
  meetsCertainty,
  parseDateSpan,
  type Certainty,
  type Tie,
} from "../../../schema/index.ts";
import type { ActorGraph } from "../graph/build.ts";
import { activeIn, windowInterval, type DayInterval } from "../time/interval.ts";

/** A time window; both ends are ISO dates of any precision (`2022`, `2022-01`, `2022-01-05`). */
export interface TimeWindowDates {
  start: string;
  end: string;
}

export interface PathConstraints {
  /** Follow directed ties only from source to target. When false, every tie is traversable both ways. */
  directed: boolean;
  /** Only ties at least this certain; undefined = any certainty. */
  minCertainty?: Certainty;
  /** Only ties of these types; undefined = every type. */
  tieTypes?: readonly string[];
  /** Only ties whose period overlaps this window; undated ties always count as active. */
  window?: TimeWindowDates;
}

/** The defaults: direction ignored, any certainty, every tie type, any time. */
export const DEFAULT_PATH_CONSTRAINTS: Readonly<PathConstraints> = Object.freeze({
  directed: false,
});

/** Fills in the defaults for the fields a caller left out. */
export function resolveConstraints(partial: Partial<PathConstraints> = {}): PathConstraints {
  const resolved: PathConstraints = {
    directed: partial.directed ?? DEFAULT_PATH_CONSTRAINTS.directed,
  };
  if (partial.minCertainty !== undefined) resolved.minCertainty = partial.minCertainty;
  if (partial.tieTypes !== undefined) resolved.tieTypes = [...partial.tieTypes];
  if (partial.window !== undefined) resolved.window = { ...partial.window };
  return resolved;
}

/** Problems with the constraint values themselves (bad level, bad dates), as readable messages. */
export function constraintProblems(constraints: Partial<PathConstraints>): string[] {
  const problems: string[] = [];
  const level = constraints.minCertainty;
  if (level !== undefined && !(CERTAINTY_LEVELS as readonly string[]).includes(level)) {
    problems.push(
      `unknown certainty level '${String(level)}' (expected one of ${CERTAINTY_LEVELS.join(", ")})`,
    );
  }
  const window = constraints.window;
  if (window) {
    const start = parseDateSpan(window.start);
    const end = parseDateSpan(window.end);
    if (!start)
      problems.push(
        `window start '${window.start}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`,
      );
    if (!end)
      problems.push(`window end '${window.end}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (start && end && start.first > end.last) {
      problems.push(`window ends (${window.end}) before it starts (${window.start})`);
    }
  }
  return problems;
}

/** The window as whole days [first, last], or throws when its dates are invalid. */
function windowDays(window: TimeWindowDates): DayInterval {
  const days = windowInterval(window);
  if (!days) throw new RangeError(constraintProblems({ window }).join("; "));
  return days;
}

/** Whether a tie is active in the window: its period overlaps it, or it has no dates at all. */
function activeInWindow(tie: Tie, window: DayInterval): boolean {
  return activeIn(tie.period, window) !== false;
}

/**
 * A predicate telling whether a tie passes the certainty, type and window
 * constraints. Direction is not a filter: it decides how a tie is traversed.
 */
export function tiePredicate(constraints: Partial<PathConstraints>): (tie: Tie) => boolean {
  const { minCertainty, tieTypes, window } = constraints;
  const types = tieTypes ? new Set(tieTypes) : null;
  const days = window ? windowDays(window) : null;
  return (tie) =>
    (minCertainty === undefined || meetsCertainty(tie.certainty, minCertainty)) &&
    (types === null || types.has(tie.type)) &&
    (days === null || activeInWindow(tie, days));
}

/** A copy of the graph with every actor but only the ties that pass the constraints. */
export function constrainedGraph(
  graph: ActorGraph,
  constraints: Partial<PathConstraints>,
): ActorGraph {
  const allowed = tiePredicate(constraints);
  const result = graph.emptyCopy();
  graph.forEachEdge((key, attributes, source, target, _sa, _ta, undirected) => {
    if (!allowed(attributes.tie)) return;
    if (undirected) result.addUndirectedEdgeWithKey(key, source, target, attributes);
    else result.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return result;
}
