/**
 * The timeline strip under the graph: events on a date axis (partial dates
 * drawn as spans), tie start/end ticks, a brushable window, "as of" dates
 * and a play control that steps through the story without re-running the layout.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { formatDay, parseDateSpan } from "../../../schema/index.ts";
import type { FilterState, UndatedMode } from "../../core/filter/filter-state.ts";
import { placeEvents } from "../../core/time/event-lanes.ts";
import {
  axisTicks,
  buildTimelineModel,
  nextStop,
  type TieTicks,
} from "../../core/time/timeline-model.ts";
import type { Selection } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";

interface Props {
  loaded: LoadedDataset;
  filters: FilterState;
  selection: Selection | null;
  onFilters(patch: Partial<FilterState>, options?: { replace?: boolean }): void;
  onSelect(selection: Selection): void;
}

const LANE_HEIGHT = 17;
/** Where the axis is drawn, below a number of event lanes. */
const axisFor = (lanes: number) => 10 + lanes * LANE_HEIGHT;
const BELOW_AXIS = 18;
const PAD = 12;
/** Rows of event bars above the axis: at least the first, as many as needed up to the second. */
const MIN_LANES = 4;
const MAX_LANES = 7;
/** Average width of a character of an event's label (9 px type), for fitting titles. */
const LABEL_CHAR_WIDTH = 5.5;

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function Timeline({ loaded, filters, selection, onFilters, onSelect }: Props) {
  const model = useMemo(() => buildTimelineModel(loaded.dataset), [loaded]);
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const casePeriod = loaded.dataset.meta.case?.period;
  const initialRange = useMemo(() => {
    if (!model) return { first: 0, last: 1 };
    const start = casePeriod?.start ? parseDateSpan(casePeriod.start) : null;
    const end = casePeriod?.end ? parseDateSpan(casePeriod.end) : null;
    return {
      first: start ? start.first - 1 : model.extent.first,
      last: end ? end.last + 1 : model.extent.last,
    };
  }, [model, casePeriod]);
  const [range, setRange] = useState(initialRange);
  useEffect(() => setRange(initialRange), [initialRange]);
  // a pass over every tie's dates (30 ms at 150,000 ties): not again for a selection or a highlight
  const tickBins = useMemo(
    () => (model ? binTicks(model.ticks, range, width, PAD) : []),
    [model, range, width],
  );
  const [playing, setPlaying] = useState(false);
  const [stepBy, setStepBy] = useState<"day" | "event">("day");
  const [brush, setBrush] = useState<{ from: number; to: number } | null>(null);

  const windowSpan = filters.window
    ? {
        first: parseDateSpan(filters.window.start)?.first ?? 0,
        last: parseDateSpan(filters.window.end)?.last ?? 0,
      }
    : null;

  // playback: move the "as of" day forward; replace history entries while playing
  const playRef = useRef({ windowSpan, model, stepBy });
  playRef.current = { windowSpan, model, stepBy };
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const { windowSpan: w, model: m, stepBy: by } = playRef.current;
      if (!m) return;
      const from = w ? w.last : initialRange.first;
      const next = nextStop(m, from, by);
      if (next === null) {
        setPlaying(false);
        return;
      }
      const day = formatDay(next);
      onFilters({ window: { start: day, end: day } }, { replace: true });
    }, 900);
    return () => clearInterval(timer);
  }, [playing, onFilters, initialRange]);

  if (!model) {
    return (
      <section className="timeline" aria-label="Timeline">
        <p className="timeline-empty">This dataset has no dated events or ties.</p>
      </section>
    );
  }

  const span = Math.max(1, range.last - range.first + 1);
  const x = (day: number) => PAD + ((day - range.first) / span) * (width - 2 * PAD);
  const dayAt = (px: number) => Math.round(range.first + ((px - PAD) / (width - 2 * PAD)) * span);
  const { ticks } = axisTicks(range.first, range.last, Math.max(2, Math.floor(width / 80)));
  const selectedActor = selection?.kind === "actor" ? selection.id : null;
  const selectedEvent = selection?.kind === "event" ? selection.id : null;
  const zoom = (factor: number) => {
    const center = (range.first + range.last) / 2;
    const half = Math.max(3, ((range.last - range.first) * factor) / 2);
    setRange({ first: Math.round(center - half), last: Math.round(center + half) });
  };
  const setAsOf = (value: string) => {
    if (!value) onFilters({ window: undefined });
    else if (parseDateSpan(value)) onFilters({ window: { start: value, end: value } });
  };
  const setEnd = (which: "start" | "end", value: string) => {
    if (!parseDateSpan(value)) return;
    const current = filters.window ?? { start: value, end: value };
    const next = { ...current, [which]: value };
    const s = parseDateSpan(next.start);
    const e = parseDateSpan(next.end);
    if (s && e && s.first <= e.last) onFilters({ window: next });
  };

  // lanes so overlapping event spans do not cover each other, and titles that fit their room
  const placed = placeEvents(
    model.events
      .filter((event) => event.last >= range.first && event.first <= range.last)
      .map((event) => ({
        id: event.id,
        title: event.title,
        x1: x(event.first),
        x2: Math.max(x(event.first) + 6, x(event.last + 1)),
      })),
    { lanes: MAX_LANES, charWidth: LABEL_CHAR_WIDTH, gap: 4, right: width - PAD },
  );
  // the strip grows when the events on screen need more lanes, so that their bars do not overlap
  let lanesUsed = MIN_LANES;
  for (const { lane } of placed.values()) lanesUsed = Math.max(lanesUsed, lane + 1);
  const axis = axisFor(lanesUsed);

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
          {playing ? "Pause" : "Play"}
        </button>
        <label>
          Step by{" "}
          <select value={stepBy} onChange={(e) => setStepBy(e.target.value as "day" | "event")}>
            <option value="day">day</option>
            <option value="event">event</option>
          </select>
        </label>
        <label>
          As of{" "}
          <input
            type="date"
            value={
              filters.window && filters.window.start === filters.window.end
                ? filters.window.start
                : ""
            }
            onChange={(e) => setAsOf(e.target.value)}
          />
        </label>
        <label>
          Window from{" "}
          <input
            type="date"
            value={filters.window?.start ?? ""}
            onChange={(e) => setEnd("start", e.target.value)}
          />
        </label>
        <label>
          to{" "}
          <input
            type="date"
            value={filters.window?.end ?? ""}
            onChange={(e) => setEnd("end", e.target.value)}
          />
        </label>
        <button
          type="button"
          onClick={() => onFilters({ window: undefined })}
          disabled={!filters.window}
        >
          All time
        </button>
        <label>
          Undated ties{" "}
          <select
            value={filters.undated}
            onChange={(e) => onFilters({ undated: e.target.value as UndatedMode })}
          >
            <option value="mark">shown, marked faint</option>
            <option value="show">shown</option>
            <option value="hide">hidden</option>
          </select>
        </label>
        <label className="inline-check">
          <input
            type="checkbox"
            checked={filters.windowAppliesToActors}
            onChange={(e) => onFilters({ windowAppliesToActors: e.target.checked })}
          />
          Window applies to actors
        </label>
        <span className="timeline-zoom">
          <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom timeline in">
            +
          </button>
          <button type="button" onClick={() => zoom(2)} aria-label="Zoom timeline out">
            −
          </button>
          <button
            type="button"
            onClick={() => setRange(model.extent)}
            aria-label="Show the whole timeline"
          >
            whole
          </button>
        </span>
      </div>
      <div ref={box} className="timeline-strip">
        <svg
          width={width}
          height={axis + BELOW_AXIS}
          role="group"
          aria-label="Events on a date axis; drag to choose a time window, click a day to see the network as of that day"
          onPointerDown={(e) => {
            if ((e.target as Element).closest("[data-event]")) return;
            const px = e.clientX - e.currentTarget.getBoundingClientRect().left;
            setBrush({ from: dayAt(px), to: dayAt(px) });
            e.currentTarget.setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            if (!brush) return;
            const px = e.clientX - e.currentTarget.getBoundingClientRect().left;
            setBrush({ ...brush, to: dayAt(px) });
          }}
          onPointerUp={() => {
            if (!brush) return;
            const a = formatDay(Math.min(brush.from, brush.to));
            const b = formatDay(Math.max(brush.from, brush.to));
            setBrush(null);
            onFilters({ window: { start: a, end: b } });
          }}
          onWheel={(e) => zoom(e.deltaY > 0 ? 1.25 : 0.8)}
        >
          {windowSpan && (
            <rect
              className="timeline-window"
              x={x(windowSpan.first)}
              y={0}
              width={Math.max(2, x(windowSpan.last + 1) - x(windowSpan.first))}
              height={axis}
            />
          )}
          {brush && (
            <rect
              className="timeline-brush"
              x={x(Math.min(brush.from, brush.to))}
              y={0}
              width={Math.max(2, Math.abs(x(brush.to + 1) - x(brush.from)))}
              height={axis}
            />
          )}
          <line x1={PAD} x2={width - PAD} y1={axis} y2={axis} className="timeline-axis" />
          {ticks.map((t) => (
            <g key={t.day} transform={`translate(${x(t.day)},${axis})`}>
              <line y1={0} y2={4} className="timeline-axis" />
              <text y={15} textAnchor="middle" className="timeline-label">
                {t.label}
              </text>
            </g>
          ))}
          <TieTicks ticks={tickBins} axisY={axis} />
          {model.events.map((event) => {
            const place = placed.get(event.id);
            if (!place) return null;
            const { lane, label, labelWidth } = place;
            const x1 = x(event.first);
            const x2 = Math.max(x1 + 6, x(event.last + 1));
            const involved = selectedActor !== null && event.participants.includes(selectedActor);
            const selected = selectedEvent === event.id;
            return (
              <g
                key={event.id}
                data-event={event.id}
                role="button"
                tabIndex={0}
                aria-label={`Event: ${event.title}, ${formatDay(event.first)}${event.last !== event.first ? ` to ${formatDay(event.last)}` : ""}${involved ? " (involves the selected actor)" : ""}`}
                aria-pressed={selected}
                className={`timeline-event${involved ? " involved" : ""}${selected ? " selected" : ""}`}
                onClick={() => onSelect({ kind: "event", id: event.id })}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    onSelect({ kind: "event", id: event.id });
                  }
                }}
              >
                <title>{event.title}</title>
                <rect x={x1} y={6 + lane * LANE_HEIGHT} width={x2 - x1} height={12} rx={3} />
                <rect
                  className="timeline-event-hit"
                  x={x1}
                  y={6 + lane * LANE_HEIGHT}
                  width={Math.max(x2 - x1, labelWidth + 6)}
                  height={12}
                />
                {label && (
                  <text x={x1 + 3} y={15.5 + lane * LANE_HEIGHT} className="timeline-event-label">
                    {label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </section>
  );
}

/** Tie start/end ticks, binned per 2 px so thousands of ties draw as a small histogram. */
function binTicks(
  ticks: TieTicks,
  range: { first: number; last: number },
  width: number,
  pad: number,
): { x: number; count: number }[] {
  const span = Math.max(1, range.last - range.first + 1);
  const bins = new Map<number, number>();
  // an end is drawn after its day, where the tie stops
  for (const [days, offset] of [
    [ticks.starts, 0],
    [ticks.ends, 1],
  ] as const) {
    for (const tickDay of days) {
      const day = tickDay + offset;
      if (day < range.first || day > range.last + 1) continue;
      const px = Math.round((pad + ((day - range.first) / span) * (width - 2 * pad)) / 2) * 2;
      bins.set(px, (bins.get(px) ?? 0) + 1);
    }
  }
  return [...bins.entries()].map(([x, count]) => ({ x, count }));
}

function TieTicks({ ticks, axisY }: { ticks: { x: number; count: number }[]; axisY: number }) {
  const max = Math.max(1, ...ticks.map((t) => t.count));
  return (
    <g className="tie-ticks" aria-hidden="true">
      {ticks.map((t) => (
        <line
          key={t.x}
          x1={t.x}
          x2={t.x}
          y1={axisY - 3 - Math.round((t.count / max) * 9)}
          y2={axisY}
          className="tie-tick"
        />
      ))}
    </g>
  );
}
