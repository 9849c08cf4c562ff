/** Readable periods and dates for people. */
import type { Period } from "../../../schema/index.ts";

export function formatPeriod(period: Period | undefined): string {
  if (!period || (!period.start && !period.end)) return "undated";
  if (period.start && period.end) {
    return period.start === period.end ? period.start : `${period.start} – ${period.end}`;
  }
  return period.start ? `from ${period.start}` : `until ${period.end}`;
}

export function formatEventTime(event: { date?: string; period?: Period }): string {
  return event.date ?? formatPeriod(event.period);
}
