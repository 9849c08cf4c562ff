/**
 * Layout positions kept per dataset for the session (sessionStorage), so the
 * picture does not jump when the page is reloaded or the dataset opened again.
 *
 * Writing to sessionStorage blocks the page for about 70 ns a character: the
 * 3 MB of a 50k-actor layout took 200–270 ms in one call. So positions of
 * more than PART_ACTORS actors are written in parts, one per task, and an
 * entry that counts them is written last: a load reads all the parts or none.
 */
import { nextTask } from "../../core/pieces/next-task.ts";
import type { Positions } from "./elements.ts";

/** Most actors written in one call: about 300 KB of text, some 20 ms. */
export const PART_ACTORS = 5000;

const key = (datasetKey: string) => `tamyr:positions:${datasetKey}`;
const partsKey = (datasetKey: string) => `tamyr:positions-parts:${datasetKey}`;
const partKey = (datasetKey: string, i: number) => `tamyr:positions-part:${i}:${datasetKey}`;

/**
 * Saved positions as parsed, checked in place rather than copied (tens of
 * thousands on large networks); null unless an object. Without a prototype,
 * an actor called "constructor" has no position it did not save.
 */
function checked(parsed: unknown): Record<string, unknown> | null {
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const out = Object.setPrototypeOf(parsed, null) as Record<string, unknown>;
  for (const id in out) {
    const p = out[id] as { x?: unknown; y?: unknown } | null;
    const valid =
      typeof p?.x === "number" && typeof p.y === "number" && isFinite(p.x) && isFinite(p.y);
    if (!valid) delete out[id];
  }
  return out;
}

function loadParts(datasetKey: string, count: number): Positions | null {
  const out = Object.create(null) as Record<string, unknown>;
  for (let i = 0; i < count; i++) {
    const text = sessionStorage.getItem(partKey(datasetKey, i));
    const part = text ? checked(JSON.parse(text)) : null;
    if (!part) return null;
    for (const id in part) out[id] = part[id];
  }
  return out as Positions;
}

export function loadPositions(datasetKey: string): Positions | null {
  try {
    const count = Number(sessionStorage.getItem(partsKey(datasetKey)));
    if (Number.isSafeInteger(count) && count > 0) return loadParts(datasetKey, count);
    const text = sessionStorage.getItem(key(datasetKey));
    return text ? (checked(JSON.parse(text)) as Positions | null) : null;
  } catch {
    return null;
  }
}

/** Removes a saved layout's parts (written from 0 up, so also those of a save cut short). */
function removeParts(datasetKey: string): void {
  sessionStorage.removeItem(partsKey(datasetKey));
  for (let i = 0; sessionStorage.getItem(partKey(datasetKey, i)) !== null; i++) {
    sessionStorage.removeItem(partKey(datasetKey, i));
  }
}

/** The latest save asked for, per dataset: an earlier one still writing its parts stops. */
const latest = new Map<string, number>();
let saves = 0;

/**
 * Saves positions for the session. A layout of up to PART_ACTORS actors is
 * written at once; a larger one in parts, one per task after this one (the
 * promise settles when it is written, or replaced by a later save). Storage
 * that is full or unavailable is not an error: positions are a convenience.
 */
export function savePositions(
  datasetKey: string,
  positions: Positions,
  pause: () => Promise<void> = nextTask,
): Promise<void> {
  const save = ++saves;
  latest.set(datasetKey, save);
  const ids = Object.keys(positions);
  try {
    removeParts(datasetKey);
    if (ids.length <= PART_ACTORS) {
      sessionStorage.setItem(key(datasetKey), JSON.stringify(positions));
      return Promise.resolve();
    }
    sessionStorage.removeItem(key(datasetKey));
  } catch {
    return Promise.resolve();
  }
  return saveParts(datasetKey, positions, ids, () => latest.get(datasetKey) === save, pause);
}

async function saveParts(
  datasetKey: string,
  positions: Positions,
  ids: string[],
  current: () => boolean,
  pause: () => Promise<void>,
): Promise<void> {
  const count = Math.ceil(ids.length / PART_ACTORS);
  for (let i = 0; i < count; i++) {
    await pause();
    if (!current()) return;
    const part = Object.create(null) as Positions;
    for (const id of ids.slice(i * PART_ACTORS, (i + 1) * PART_ACTORS)) part[id] = positions[id]!;
    try {
      sessionStorage.setItem(partKey(datasetKey, i), JSON.stringify(part));
    } catch {
      removeParts(datasetKey);
      return;
    }
  }
  try {
    sessionStorage.setItem(partsKey(datasetKey), String(count));
  } catch {
    removeParts(datasetKey);
  }
}
