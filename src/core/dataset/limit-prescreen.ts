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

/** The most items a list directly under the root's field `key` may hold. */
function rootListLimit(key: string | undefined, limits: Limits): number {
  if (key !== undefined && Object.hasOwn(COLLECTIONS, key)) {
    return limits[COLLECTIONS[key as keyof typeof COLLECTIONS]];
  }
  return limits.maxArrayLength;
}

/** A string's value, for the few the check must read (the root's field names, short escaped strings). */
function decoded(text: string, start: number, end: number): string | undefined {
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return undefined;
  }
}

/**
 * Finds where strings end, as the scan does: at the next quote that no
 * backslash escapes. The next backslash is remembered from string to string,
 * so a text without escapes is searched for one only once.
 */
class StringEnds {
  private backslash: number;
  /** Whether the last string read had escapes. */
  escaped = false;

  constructor(private readonly text: string) {
    this.backslash = text.indexOf("\\");
  }

  /** The closing quote of the string whose content starts at `from`, or -1 when it is not closed. */
  closingQuote(from: number): number {
    const text = this.text;
    let j = from;
    this.escaped = false;
    for (;;) {
      if (this.backslash !== -1 && this.backslash < j) this.backslash = text.indexOf("\\", j);
      const quote = text.indexOf('"', j);
      if (quote === -1 || this.backslash === -1 || this.backslash > quote) return quote;
      this.escaped = true;
      j = this.backslash + (text.charCodeAt(this.backslash + 1) === 0x75 ? 6 : 2);
    }
  }
}

/** Whether a string read from `start` (its opening quote) to `end` (its closing one) could be the name `__proto__`. */
function couldBeReserved(text: string, start: number, end: number, escaped: boolean): boolean {
  const raw = end - start - 1;
  if (!escaped) return raw === RESERVED_KEY.length && text.startsWith(RESERVED_KEY, start + 1);
  return raw <= RESERVED_KEY.length * 6 && decoded(text, start, end) === RESERVED_KEY;
}

/** Whether the text is certainly within the limits: true only when `scanProblems` would find nothing. */
export function certainlyWithinLimits(text: string, limits: Limits): boolean {
  const maxDepth = Math.min(limits.maxNesting, MAX_TRACKED_DEPTH);
  // per open container: commas seen (an upper bound on its items, less one) and whether it is a list.
  // Of the objects, only layout.positions (three deep) has a limit: any object three deep is held to it
  const commas = new Int32Array(maxDepth + 1);
  const isList = new Uint8Array(maxDepth + 1);
  const strings = new StringEnds(text);
  let depth = 0;
  let rootIsObject = false;
  let rootKey: string | undefined;
  let rootAwaitsKey = false;
  const n = text.length;

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = strings.closingQuote(i + 1);
      // unterminated (JSON.parse reports it), longer than allowed (raw length is never less
      // than the value's), or possibly the reserved name: the scan decides
      if (end === -1 || end - i - 1 > limits.maxStringLength) return false;
      if (couldBeReserved(text, i, end, strings.escaped)) return false;
      if (depth === 1 && rootIsObject && rootAwaitsKey) {
        // a field name of the root: the first string after the brace or a comma, as the scan reads it
        rootKey = (strings.escaped && decoded(text, i, end)) || text.slice(i + 1, end);
        rootAwaitsKey = false;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (depth === 0) {
        rootIsObject = c === 0x7b;
        rootAwaitsKey = true;
        rootKey = undefined;
      }
      if (++depth > maxDepth) return false;
      commas[depth] = 0;
      isList[depth] = c === 0x5b ? 1 : 0;
    } else if (c === 0x7d || c === 0x5d) {
      // unbalanced, or a container over its limit
      if (depth === 0 || commas[depth]! + 1 > containerLimit(depth)) return false;
      depth--;
    } else if (c === 0x2c && depth > 0) {
      commas[depth]!++;
      if (depth === 1) rootAwaitsKey = true;
    }
  }
  return true;

  /** The most items the container open at `level` may hold. */
  function containerLimit(level: number): number {
    if (isList[level] === 1) {
      return level === 2 && rootIsObject ? rootListLimit(rootKey, limits) : limits.maxArrayLength;
    }
    return level === 3 && rootIsObject ? limits.maxActors : Infinity;
  }
}
