/** Partial ISO dates → day spans, checked against the JavaScript engine's own calendar. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDay, isIsoDate, parseDateSpan } from "../../schema/index.ts";

const DAY_MS = 86_400_000;

/** The engine's answer: days since 1970-01-01 of a UTC date (month 1–12, day may overflow). */
function engineDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / DAY_MS);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("parseDateSpan", () => {
  it("gives the same day numbers as the engine's calendar for any real day from year 0 to 9999", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const real = new Date(engineDay(year, month, day) * DAY_MS).getUTCDate() === day;
          const span = parseDateSpan(text);
          if (!real) {
            expect(span).toBeNull();
            return;
          }
          const n = engineDay(year, month, day);
          expect(span).toEqual({ first: n, last: n, precision: "day" });
          // formatDay uses the engine too, so the day number round-trips to the text
          if (year >= 1000) expect(formatDay(n)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("spans a month and a year from their first to their last day", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        (year, month) => {
          expect(parseDateSpan(`${pad(year, 4)}-${pad(month, 2)}`)).toEqual({
            first: engineDay(year, month, 1),
            last: engineDay(year, month + 1, 0),
            precision: "month",
          });
          expect(parseDateSpan(pad(year, 4))).toEqual({
            first: engineDay(year, 1, 1),
            last: engineDay(year, 12, 31),
            precision: "year",
          });
        },
      ),
    );
  });

  it("knows the leap years, the epoch and the dates that do not exist", () => {
    expect(parseDateSpan("1970-01-01")).toEqual({ first: 0, last: 0, precision: "day" });
    expect(parseDateSpan("2022-01")).toMatchObject({ last: parseDateSpan("2022-01-31")!.first });
    expect(parseDateSpan("2024-02-29")).not.toBeNull();
    expect(parseDateSpan("2000-02-29")).not.toBeNull();
    expect(parseDateSpan("1900-02-29")).toBeNull();
    expect(parseDateSpan("2023-02-29")).toBeNull();
    expect(parseDateSpan("2022-04-31")).toBeNull();
    expect(parseDateSpan("2022-13")).toBeNull();
    expect(parseDateSpan("2022-00")).toBeNull();
    expect(parseDateSpan("2022-1-5")).toBeNull();
  });
});

describe("isIsoDate", () => {
  // texts near the shape of a date: digits, dashes and a few others, of the lengths that matter
  const nearDate = fc
    .array(fc.constantFrom(..."0123456789-", "0", "1", "2", "9", "x", " ", "٣", "\n"), {
      minLength: 0,
      maxLength: 11,
    })
    .map((chars) => chars.join(""));
  const padded = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .chain(([y, m, d]) =>
      fc.constantFrom(
        pad(y, 4),
        `${pad(y, 4)}-${pad(m, 2)}`,
        `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
      ),
    );

  it("says a text is a date exactly when parseDateSpan reads one", () => {
    fc.assert(
      fc.property(fc.oneof(nearDate, padded, fc.string()), (text) => {
        expect(isIsoDate(text)).toBe(parseDateSpan(text) !== null);
      }),
      { numRuns: 5000 },
    );
  });

  it("takes real dates and refuses the ones that do not exist", () => {
    expect(["2024-02-29", "2000-02-29", "0000", "9999-12-31", "2022-01"].map(isIsoDate)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      [
        "1900-02-29",
        "2022-04-31",
        "2022-13",
        "2022-00",
        "2022-1-5",
        "22",
        "2022-01-1x",
        "２０２２",
      ].map(isIsoDate),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });
});
