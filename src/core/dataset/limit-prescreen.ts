/**
 * A quick first pass for the limit scan (limit-scan.ts): one loop over the
 * text, counting instead of keeping frames, that answers whether the text is
 * certainly within the limits. It never says so of a text the scan would
 * find a problem in (tests/unit/limit-scan-properties.test.ts); when in
 * doubt it says no, and the scan then works out the problems and their
 * places. It reads strings as the scan does, so the two see the same values.
 *
 * Why two passes: the scan's frames and paths cost it about twice the time
 * of a plain loop over the text, and more on its first calls, while V8 learns
 * its shapes; valid files, nearly all of them, need only this loop.
 */
import type { Limits } from "./limits.ts";
import { COLLECTIONS, RESERVED_KEY } from "./limit-scan.ts";

/** Deeper nesting than this is left to the scan, so the counters stay small whatever maxNesting is. */
const MAX_TRACKED_DEPTH = 256;

/** A string's value, for the few the check must read (the root's field names, short escaped strings). */
function decoded(text: string, start: number, end: number): string | undefined {
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return undefined;
  }
}

/**
 * Where the next backslash is, remembered from string to string so that a
 * text without escapes is searched for one only once, and whether the last
 * string read had escapes. Module state rather than an object made per call:
 * optimised code that checks an object's shape holds that shape weakly, and
 * once the call's objects are collected V8 throws the code away ("weak
 * objects"), so every later call would start in the slow tiers again.
 * The check is synchronous: one call uses this state at a time.
 */
let backslash = -1;
let escaped = false;

/** The closing quote of the string whose content starts at `from` (-1 when it is not closed): where the scan ends it, at the next quote no backslash escapes. */
function closingQuote(text: string, from: number): number {
  let j = from;
  escaped = false;
  for (;;) {
    if (backslash !== -1 && backslash < j) backslash = text.indexOf("\\", j);
    const quote = text.indexOf('"', j);
    if (quote === -1 || backslash === -1 || backslash > quote) return quote;
    escaped = true;
    j = backslash + (text.charCodeAt(backslash + 1) === 0x75 ? 6 : 2);
  }
}

/** Whether a string read from `start` (its opening quote) to `end` (its closing one) could be the name `__proto__`. */
function couldBeReserved(text: string, start: number, end: number): boolean {
  const raw = end - start - 1;
  if (!escaped) return raw === RESERVED_KEY.length && text.startsWith(RESERVED_KEY, start + 1);
  return raw <= RESERVED_KEY.length * 6 && decoded(text, start, end) === RESERVED_KEY;
}

/** The most items the lists directly under the root's fields may hold, by field name. */
function rootListLimits(limits: Limits): Map<string, number> {
  return new Map(Object.entries(COLLECTIONS).map(([key, name]) => [key, limits[name]]));
}

/**
 * The most items the container open at `level` may hold: lists under the
 * root's fields by their collection (`rootList`), other lists by
 * maxArrayLength; of the objects, only layout.positions (three deep) has a
 * limit, so any object three deep is held to it.
 */
function containerLimit(
  level: number,
  list: boolean,
  rootIsObject: boolean,
  rootList: number,
  maxArrayLength: number,
  maxActors: number,
): number {
  if (list) return level === 2 && rootIsObject ? rootList : maxArrayLength;
  return level === 3 && rootIsObject ? maxActors : Infinity;
}

/** Whether the text is certainly within the limits: true only when `scanProblems` would find nothing. */
export function certainlyWithinLimits(text: string, limits: Limits): boolean {
  // the loop is given numbers, not the limits object: see `backslash` above on shapes
  return withinBounds(
    text,
    Math.min(limits.maxNesting, MAX_TRACKED_DEPTH),
    limits.maxStringLength,
    limits.maxArrayLength,
    limits.maxActors,
    rootListLimits(limits),
  );
}

function withinBounds(
  text: string,
  maxDepth: number,
  maxStringLength: number,
  maxArrayLength: number,
  maxActors: number,
  rootLists: Map<string, number>,
): boolean {
  // per open container: commas seen (an upper bound on its items, less one) and whether it is a list
  const commas = new Int32Array(maxDepth + 1);
  const isList = new Uint8Array(maxDepth + 1);
  backslash = text.indexOf("\\");
  let depth = 0;
  let rootIsObject = false;
  // the limit of a list under the root's field being read (maxArrayLength for other fields)
  let rootList = maxArrayLength;
  let rootAwaitsKey = false;
  const n = text.length;

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = closingQuote(text, i + 1);
      // unterminated (JSON.parse reports it), longer than allowed (raw length is never less
      // than the value's), or possibly the reserved name: the scan decides
      if (end === -1 || end - i - 1 > maxStringLength) return false;
      if (couldBeReserved(text, i, end)) return false;
      if (depth === 1 && rootIsObject && rootAwaitsKey) {
        // a field name of the root: the first string after the brace or a comma, as the scan reads it
        const key = (escaped && decoded(text, i, end)) || text.slice(i + 1, end);
        rootList = rootLists.get(key) ?? maxArrayLength;
        rootAwaitsKey = false;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth === 0) {
        rootIsObject = c === 0x7b;
        rootAwaitsKey = true;
        rootList = maxArrayLength;
      }
      if (++depth > maxDepth) return false;
      commas[depth] = 0;
      isList[depth] = c === 0x5b ? 1 : 0;
    } else if (c === 0x7d || c === 0x5d) {
      // unbalanced, or a container over its limit
      if (depth === 0) return false;
      const list = isList[depth] === 1;
      const limit = containerLimit(depth, list, rootIsObject, rootList, maxArrayLength, maxActors);
      if (commas[depth]! + 1 > limit) return false;
      depth--;
    } else if (c === 0x2c && depth > 0) {
      commas[depth]!++;
      if (depth === 1) rootAwaitsKey = true;
    }
  }
  return true;
}
