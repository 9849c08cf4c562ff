/**
 * What the timeline draws, computed without a DOM: the dataset's time
 * extent, event spans, tie start/end ticks, and axis ticks for a zoom level.
 */
import { formatDay, type Dataset } from "../../../schema/index.ts";
import { periodIndex } from "../filter/filter-index.ts";
import { eventInterval, type DayInterval } from "./interval.ts";

export interface TimelineEvent {
  id: string;
  title: string;
  first: number;
  last: number;
  participants: string[];
}

/**
 * The days on which dated ties start and end (open ends are not days), as
 * numbers in arrays rather than an object per tick: at 150,000 ties the
 * objects took 8 MB of the page's heap.
 */
export interface TieTicks {
  starts: Float64Array;
  ends: Float64Array;
}

export interface TimelineModel {
  extent: DayInterval;
  events: TimelineEvent[];
  ticks: TieTicks;
}

export function buildTimelineModel(dataset: Dataset): TimelineModel | null {
  const events: TimelineEvent[] = [];
  for (const event of dataset.events ?? []) {
    const span = eventInterval(event);
    if (!span || !isFinite(span.first) || !isFinite(span.last)) continue;
    events.push({
      id: event.id,
      title: event.title,
      first: span.first,
      last: span.last,
      participants: (event.participants ?? []).map((p) => p.actor),
    });
  }
  events.sort((a, b) => a.first - b.first || a.last - b.last);
  const starts: number[] = [];
  const ends: number[] = [];
  // the ties' days as the time filter reads them: worked out once per dataset, not per drawing
  const days = periodIndex(dataset.ties);
  for (let i = 0; i < dataset.ties.length; i++) {
    if (!days.dated[i]) continue;
    // an open start or end is infinite: only the ends a tie has become ticks
    if (isFinite(days.first[i]!)) starts.push(days.first[i]!);
    if (isFinite(days.last[i]!)) ends.push(days.last[i]!);
  }
  const ticks: TieTicks = { starts: Float64Array.from(starts), ends: Float64Array.from(ends) };
  // a loop, not Math.min(...days): spreading hundreds of thousands of dates overflows the call stack
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    first = Math.min(first, e.first);
    last = Math.max(last, e.last);
  }
  for (const list of [ticks.starts, ticks.ends]) {
    for (const day of list) {
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
  }
  if (first === Infinity) return null;
  return { extent: { first, last }, events, ticks };
}

export type TickUnit = "year" | "month" | "day";

export interface AxisTick {
  day: number;
  label: string;
}

/** Axis ticks for a visible range: years, months or days depending on its length. */
export function axisTicks(
  first: number,
  last: number,
  maxTicks = 12,
): { unit: TickUnit; ticks: AxisTick[] } {
  const span = last - first;
  const unit: TickUnit = span > 3 * 366 ? "year" : span > 75 ? "month" : "day";
  const ticks: AxisTick[] = [];
  const start = new Date(first * 86_400_000);
  if (unit === "day") {
    const step = Math.max(1, Math.ceil((span + 1) / maxTicks));
    for (let d = first; d <= last; d += step) ticks.push({ day: d, label: formatDay(d).slice(5) });
  } else if (unit === "month") {
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth();
    const months: AxisTick[] = [];
    for (;;) {
      const day = Math.round(Date.UTC(y, m, 1) / 86_400_000);
      if (day > last) break;
      if (day >= first) months.push({ day, label: formatDay(day).slice(0, 7) });
      m++;
      if (m === 12) {
        m = 0;
        y++;
      }
    }
    const step = Math.max(1, Math.ceil(months.length / maxTicks));
    months.forEach((t, i) => i % step === 0 && ticks.push(t));
  } else {
    const years: AxisTick[] = [];
    for (let y = start.getUTCFullYear(); ; y++) {
      const day = Math.round(Date.UTC(y, 0, 1) / 86_400_000);
      if (day > last) break;
      if (day >= first) years.push({ day, label: String(y) });
    }
    const step = Math.max(1, Math.ceil(years.length / maxTicks));
    years.forEach((t, i) => i % step === 0 && ticks.push(t));
  }
  return { unit, ticks };
}

/** The next playback stop after `day`: the next day, or the next event start when stepping by event. */
export function nextStop(model: TimelineModel, day: number, by: "day" | "event"): number | null {
  if (by === "day") return day + 1 <= model.extent.last ? day + 1 : null;
  const next = model.events.find((e) => e.first > day);
  return next ? next.first : null;
}
