/**
 * Where the timeline draws its events: each in one of a few lanes, so that
 * spans do not cover each other where that can be helped, and each with as
 * much of its title as fits before the next event in its lane. Titles never
 * overlap: one that does not fit is shortened with "…", or left out when
 * not even a few letters fit (the event keeps its title as its accessible
 * name and tooltip).
 */

export interface EventSpan {
  id: string;
  title: string;
  /** Left and right edges of the event's bar, in pixels. */
  x1: number;
  x2: number;
}

export interface PlacedEvent {
  lane: number;
  /** The title as drawn: whole, shortened with "…", or "" when nothing fits. */
  label: string;
  /** How wide the label is taken to be, in pixels. */
  labelWidth: number;
}

export interface LaneOptions {
  lanes: number;
  /** Average width of one character of the label, in pixels. */
  charWidth: number;
  /** Space kept between one event's label and the next event's bar. */
  gap: number;
  /** The right edge of the drawing: the last label in a lane may run up to it. */
  right: number;
}

/** A label of fewer characters than this (ellipsis included) is not drawn. */
const MIN_CHARS = 4;
/** Space given to a label when choosing lanes, so that short events do not pack tight. */
const RESERVED_LABEL = 40;
/** The label starts this far inside its bar. */
const INSET = 3;

function fitTitle(title: string, width: number, charWidth: number): string {
  const chars = Math.floor(width / charWidth);
  if (title.length <= chars) return title;
  if (chars < MIN_CHARS) return "";
  return `${title.slice(0, chars - 1).trimEnd()}…`;
}

/** Lanes and labels for events given in order of their left edges; low lanes are filled first. */
export function placeEvents(
  events: readonly EventSpan[],
  options: LaneOptions,
): Map<string, PlacedEvent> {
  const { lanes, charWidth, gap, right } = options;
  // where each lane's last bar ends, and where its label's reserved room ends
  const barEnd: number[] = Array.from({ length: lanes }, () => -Infinity);
  const roomEnd: number[] = Array.from({ length: lanes }, () => -Infinity);
  const byLane: EventSpan[][] = Array.from({ length: lanes }, () => []);
  const lane = new Map<string, number>();
  const firstFree = (ends: number[], x: number) => ends.findIndex((end) => end < x);
  for (const event of events) {
    const start = event.x1 - gap;
    // a lane with room for a label; else one whose last bar has ended (its label is cut short);
    // else every lane is busy, and the bar that ends first is overlapped
    let chosen = firstFree(roomEnd, start);
    if (chosen < 0) chosen = firstFree(barEnd, start);
    if (chosen < 0) chosen = barEnd.indexOf(Math.min(...barEnd));
    barEnd[chosen] = Math.max(barEnd[chosen]!, event.x2);
    roomEnd[chosen] = Math.max(barEnd[chosen]!, event.x1 + RESERVED_LABEL);
    byLane[chosen]!.push(event);
    lane.set(event.id, chosen);
  }
  const placed = new Map<string, PlacedEvent>();
  for (const inLane of byLane) {
    inLane.forEach((event, i) => {
      const next = inLane[i + 1];
      // an overlapped bar (every lane busy) gets no label: the next bar covers it
      const room = (next ? next.x1 - gap : right) - (event.x1 + INSET);
      const label = fitTitle(event.title, Math.max(0, room), charWidth);
      placed.set(event.id, {
        lane: lane.get(event.id)!,
        label,
        labelWidth: label.length * charWidth,
      });
    });
  }
  return placed;
}
