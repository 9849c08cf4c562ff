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

export interface DateSpan {
  /** First day covered, in days since 1970-01-01. */
  first: number;
  /** Last day covered (inclusive), in days since 1970-01-01. */
  last: number;
  precision: DatePrecision;
}

const DAY_MS = 86_400_000;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month 1–12), by
 * arithmetic alone: validation calls this for every date in a file, and
 * building Date objects for it cost a tenth of the validation time.
 * The year is counted from March, so that the leap day ends it; 400-year
 * eras of 146,097 days keep the divisions exact for years before 1970.
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Parses a partial ISO date into the span of days it covers, or returns null when it is not a real date. */
export function parseDateSpan(text: string): DateSpan | null {
  if (!isIsoDate(text)) return null;
  const precision = text.length === 4 ? "year" : text.length === 7 ? "month" : "day";
  return { first: boundaryDay(text, false), last: boundaryDay(text, true), precision };
}

/** The number written by `length` ASCII digits from `at`, or -1 when one of them is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Whether a text is a real partial ISO date: the same answer as
 * `parseDateSpan(text) !== null`, without building the span. Validation asks
 * this of every date in a file.
 */
export function isIsoDate(text: string): boolean {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  const year = digitsAt(text, 0, 4);
  if (year < 0) return false;
  if (length === 4) return true;
  if (text.charCodeAt(4) !== 0x2d) return false;
  const month = digitsAt(text, 5, 2);
  if (month < 1 || month > 12) return false;
  if (length === 7) return true;
  if (text.charCodeAt(7) !== 0x2d) return false;
  const day = digitsAt(text, 8, 2);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first or the last day a real partial date (checked by `isIsoDate`) covers, in days since 1970-01-01. */
function boundaryDay(text: string, last: boolean): number {
  const year = digitsAt(text, 0, 4);
  const month = text.length >= 7 ? digitsAt(text, 5, 2) : last ? 12 : 1;
  const day = text.length === 10 ? digitsAt(text, 8, 2) : last ? daysInMonth(year, month) : 1;
  return dayNumber(year, month, day);
}

/**
 * `parseDateSpan(text).first` without building the span (NaN when the text is
 * not a real partial date), for the check every dated record's period runs.
 */
export const firstDayOf = (text: string): number =>
  isIsoDate(text) ? boundaryDay(text, false) : NaN;

/** `parseDateSpan(text).last` without building the span (NaN when the text is not a real partial date). */
export const lastDayOf = (text: string): number =>
  isIsoDate(text) ? boundaryDay(text, true) : NaN;

/** Formats a day number back to `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const IsoDate = z
  .string()
  .refine(isIsoDate, {
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
    if (firstDayOf(p.start) > lastDayOf(p.end)) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `period ends (${p.end}) before it starts (${p.start})`,
      });
    }
  })
  .describe("A span of time; either end may be left open");

export type Period = z.infer<typeof Period>;
