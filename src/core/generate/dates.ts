/** Dates for synthetic records: a case spanning a few years, periods of mixed precision. */
import { formatDay, type DatePrecision, type Period } from "../../../schema/index.ts";
import type { Rng } from "./random.ts";

const DAY_MS = 86_400_000;
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month, day) / DAY_MS;

export const CASE_FIRST_YEAR = 2015;
export const CASE_LAST_YEAR = 2022;
export const CASE_START = dayOf(CASE_FIRST_YEAR, 0, 1);
export const CASE_END = dayOf(CASE_LAST_YEAR, 11, 31);
const YEAR = 365;

/** Share of ties with no period at all. */
export const UNDATED_SHARE = 0.12;

const clampDay = (day: number) => Math.min(CASE_END, Math.max(CASE_START, Math.round(day)));

/** A day in the case, as an ISO date of the given precision. */
export function isoAt(day: number, precision: DatePrecision): string {
  const text = formatDay(day);
  return precision === "year" ? text.slice(0, 4) : precision === "month" ? text.slice(0, 7) : text;
}

function precision(rng: Rng): DatePrecision {
  return rng.weighted<DatePrecision>([
    ["day", 55],
    ["month", 30],
    ["year", 15],
  ]);
}

/** A day near `centre`: within about two years either side, inside the case. */
export function dayNear(rng: Rng, centre: number, spreadYears = 2): number {
  return clampDay(centre + (rng.next() + rng.next() - 1) * spreadYears * YEAR);
}

/** A random centre of activity for a community. */
export const randomCentre = (rng: Rng) => CASE_START + rng.int(CASE_END - CASE_START + 1);

/**
 * A tie's period, or undefined for an undated tie. A coarser precision only
 * widens a date's span, so an end on or after the start stays valid.
 */
export function tiePeriod(rng: Rng, centre: number): Period | undefined {
  if (rng.chance(UNDATED_SHARE)) return undefined;
  const start = dayNear(rng, centre);
  if (rng.chance(0.04)) return { end: isoAt(start, precision(rng)) };
  const period: Period = { start: isoAt(start, precision(rng)) };
  if (rng.chance(0.55)) {
    const end = Math.min(CASE_END, start + rng.int(3 * YEAR));
    period.end = isoAt(end, precision(rng));
  }
  return period;
}

/** An actor's period (most actors have none). */
export function actorPeriod(rng: Rng, centre: number): Period | undefined {
  if (!rng.chance(0.25)) return undefined;
  const start = dayNear(rng, centre, 3);
  const period: Period = { start: isoAt(start, "year") };
  if (rng.chance(0.3)) period.end = isoAt(Math.min(CASE_END, start + rng.int(4 * YEAR)), "year");
  return period;
}
