/**
 * ISO 8601 calendar dates whose precision is implied by their length:
 * `2022` (a year), `2022-01` (a month), `2022-01-05` (a day).
 *
 * A partial date denotes the whole span it covers: `2022-01` runs from
 * 1 January to 31 January 2022 inclusive. All comparisons below work on
 * those spans, expressed as whole days since 1970-01-01 (UTC).
 */
import { z } from "zod";

export type DatePrecision = "year" | "month" | "day";

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateSpan {
  /** First day covered, in days since 1970-01-01. */
  first: number;
  /** Last day covered (inclusive), in days since 1970-01-01. */
  last: number;
  precision: DatePrecision;
}

const DAY_MS = 86_400_000;

/** Date.UTC reads years 0–99 as 1900–1999, so the year is set separately. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function dayNumber(year: number, monthIndex: number, day: number): number {
  return Math.round(utcDate(year, monthIndex, day).getTime() / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate();
}

/** Parses a partial ISO date into the span of days it covers, or returns null when it is not a real date. */
export function parseDateSpan(text: string): DateSpan | null {
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { first: dayNumber(year, 0, 1), last: dayNumber(year, 11, 31), precision: "year" };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) {
    return {
      first: dayNumber(year, month - 1, 1),
      last: dayNumber(year, month - 1, daysInMonth(year, month)),
      precision: "month",
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const n = dayNumber(year, month - 1, day);
  return { first: n, last: n, precision: "day" };
}

/** Formats a day number back to `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const IsoDate = z
  .string()
  .refine((s) => parseDateSpan(s) !== null, {
    message: "must be a real ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD",
  })
  .meta({
    description: "ISO 8601 date; its length gives its precision (2022, 2022-01, 2022-01-05)",
    // for editors using the JSON Schema, which cannot run the calendar check above
    pattern: "^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$",
  });

export const Period = z
  .strictObject({
    start: IsoDate.optional().describe("First date the period covers (inclusive)"),
    end: IsoDate.optional().describe("Last date the period covers (inclusive)"),
  })
  .superRefine((p, ctx) => {
    if (!p.start || !p.end) return;
    const s = parseDateSpan(p.start);
    const e = parseDateSpan(p.end);
    if (s && e && s.first > e.last) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `period ends (${p.end}) before it starts (${p.start})`,
      });
    }
  })
  .describe("A span of time; either end may be left open");

export type Period = z.infer<typeof Period>;
