/**
 * Time intervals over partial dates.
 *
 * Rule: a date stands for every day it covers (`2022-01` is 1–31 January
 * 2022), a period runs from the first day of its start to the last day of
 * its end, and a missing end is open. Two intervals overlap when they share
 * at least one day. So `2022-01` overlaps `2022-01-05`, and a tie whose
 * period ends `2022-01` is still active as of `2022-01-31`.
 */
import { parseDateSpan, type Period } from "../../../schema/index.ts";

export interface DayInterval {
  /** First day (days since 1970-01-01), or -Infinity when open. */
  first: number;
  /** Last day, inclusive, or +Infinity when open. */
  last: number;
}

/** A time window chosen by the user: both ends are ISO dates of any precision. */
export interface TimeWindow {
  start: string;
  end: string;
}

export function periodInterval(period: Period): DayInterval {
  const start = period.start ? parseDateSpan(period.start) : null;
  const end = period.end ? parseDateSpan(period.end) : null;
  return { first: start ? start.first : -Infinity, last: end ? end.last : Infinity };
}

/** The days covered by an event: its date, or its period. */
export function eventInterval(event: { date?: string; period?: Period }): DayInterval | null {
  if (event.date) {
    const span = parseDateSpan(event.date);
    return span ? { first: span.first, last: span.last } : null;
  }
  return event.period ? periodInterval(event.period) : null;
}

export function windowInterval(window: TimeWindow): DayInterval | null {
  const start = parseDateSpan(window.start);
  const end = parseDateSpan(window.end);
  if (!start || !end || start.first > end.last) return null;
  return { first: start.first, last: end.last };
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** Whether a period says anything about time: it has a start or an end. */
export function isDated(period: Period | undefined): period is Period {
  return period !== undefined && (period.start !== undefined || period.end !== undefined);
}

/** Whether something with this (optional) period is active in the window; undated things return `undefined`. */
export function activeIn(period: Period | undefined, window: DayInterval): boolean | undefined {
  if (!isDated(period)) return undefined;
  return overlaps(periodInterval(period), window);
}
