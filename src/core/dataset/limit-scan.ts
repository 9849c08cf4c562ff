/**
 * The checks that run before JSON.parse: the file's size, then one linear
 * scan of its text for nesting depth, list lengths, text lengths and field
 * names JavaScript treats specially (`__proto__`). The scan keeps no more
 * than `maxNesting` levels, so a hostile file cannot exhaust memory or the
 * stack; it tolerates malformed JSON (JSON.parse reports that afterwards).
 */
import type { LimitName, Limits } from "./limits.ts";
import { lineColumnsAt } from "./locate.ts";
import { formatPath, type Problem } from "./problems.ts";

/** A field name that would change an object's prototype instead of adding a field. */
export const RESERVED_KEY = "__proto__";
/** The root's lists of records, and the limit on each one's items. */
export const COLLECTIONS = {
  actors: "maxActors",
  ties: "maxTies",
  events: "maxEvents",
  sources: "maxSources",
} as const;

interface Frame {
  array: boolean;
  /** Items (arrays) or fields (objects) begun so far. */
  items: number;
  /** Waiting for an item (arrays) or a field name (objects). */
  awaiting: boolean;
  /** Where the current field name's quotes are in the text (objects). */
  keyStart: number;
  keyEnd: number;
  keyEscaped: boolean;
  /** The current field name, read from the text when first needed (a path, a limit's name). */
  key: string | undefined;
  start: number;
}

interface Found {
  offset: number;
  path: (string | number)[];
  message: string;
}

/** UTF-8 size of a text, counted only when its length leaves it in doubt. */
function utf8Bytes(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 2 bytes below U+0800, 4 for a surrogate pair (2 + 2), else 3
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** The problem of a file of `bytes` bytes when that is more than maxBytes; `atLeast` when only a lower bound is known. */
export function bytesProblem(bytes: number, limits: Limits, atLeast = false): Problem | undefined {
  if (bytes <= limits.maxBytes) return undefined;
  const mb = bytes >= 1e6 ? ` (${(bytes / 1e6).toFixed(1)} MB)` : "";
  return {
    path: "",
    message: `the file is ${atLeast ? "at least " : ""}${bytes} bytes${mb}; the limit maxBytes is ${limits.maxBytes}`,
  };
}

/** The text's size against maxBytes; a problem when it is too large. */
export function sizeProblem(text: string, limits: Limits): Problem | undefined {
  return bytesProblem(utf8Bytes(text, limits.maxBytes), limits, text.length > limits.maxBytes);
}

/** How deep a JSON text nests, when deeper than `max`: for formats whose other limits differ. */
export function nestingProblem(text: string, max: number): Problem | undefined {
  let depth = 0;
  let deepest = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // skip the string: its end is the next quote not escaped
      let j = text.indexOf('"', i + 1);
      while (j !== -1) {
        let k = j - 1;
        while (text.charCodeAt(k) === 0x5c) k--;
        if ((j - k) % 2 === 1) break;
        j = text.indexOf('"', j + 1);
      }
      if (j === -1) break;
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
      if (depth > max && first === -1) first = i;
    } else if ((c === 0x7d || c === 0x5d) && depth > 0) depth--;
  }
  if (first === -1) return undefined;
  return {
    ...lineColumnsAt(text, [first])[0],
    path: "",
    message: `the file nests values ${deepest} deep; the limit maxNesting is ${max}`,
  };
}

/** An object's current field name, shortened for paths in messages. */
function keyOf(frame: Frame, text: string): string {
  if (frame.key !== undefined) return frame.key;
  let key = text.slice(frame.keyStart + 1, frame.keyEnd);
  if (frame.keyEscaped) {
    try {
      key = JSON.parse(text.slice(frame.keyStart, frame.keyEnd + 1)) as string;
    } catch {
      // a malformed name: JSON.parse reports it later
    }
  }
  frame.key = key.length > 60 ? key.slice(0, 59) + "…" : key;
  return frame.key;
}

/** The path to the current item of the innermost of the first `size` containers. */
function pathOf(frames: Frame[], size: number, text: string): (string | number)[] {
  return frames.slice(0, size).map((frame) => (frame.array ? frame.items - 1 : keyOf(frame, text)));
}

/** The limit on a container's items, given the containers around it: a collection's, positions', or maxArrayLength. */
function limitOf(frame: Frame, outer: Frame[], depth: number, text: string): LimitName | undefined {
  const root = depth >= 1 && !outer[0]!.array ? keyOf(outer[0]!, text) : undefined;
  if (depth === 1 && root !== undefined && Object.hasOwn(COLLECTIONS, root))
    return frame.array ? COLLECTIONS[root as keyof typeof COLLECTIONS] : undefined;
  if (!frame.array)
    return depth === 2 && root === "layout" && keyOf(outer[1]!, text) === "positions"
      ? "maxActors"
      : undefined;
  return "maxArrayLength";
}

/** Problems with nesting, list lengths, text lengths and reserved names; empty when none. */
export function scanProblems(text: string, limits: Limits): Problem[] {
  const found: Found[] = [];
  // the open containers are frames[0 … open - 1]; frames are reused, as a file opens hundreds of thousands
  const frames: Frame[] = [];
  let open = 0;
  let depth = 0;
  let deepest = 0;
  let tooDeep: Found | undefined;
  let backslash = text.indexOf("\\");
  const n = text.length;

  /** Marks the start of a value in the innermost container. */
  const beginValue = () => {
    const top = open > 0 ? frames[open - 1] : undefined;
    if (top?.array && top.awaiting) {
      top.items++;
      top.awaiting = false;
    }
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: find its end and its length once escapes are read
      const start = i;
      let length = 0;
      let escaped = false;
      let j = i + 1;
      for (;;) {
        if (backslash !== -1 && backslash < j) backslash = text.indexOf("\\", j);
        const quote = text.indexOf('"', j);
        if (quote === -1) {
          j = n;
          break;
        }
        if (backslash === -1 || backslash > quote) {
          length += quote - j;
          j = quote;
          break;
        }
        escaped = true;
        length += backslash - j + 1;
        j = backslash + (text.charCodeAt(backslash + 1) === 0x75 ? 6 : 2);
      }
      i = j;
      if (depth > limits.maxNesting) continue;
      const top = open > 0 ? frames[open - 1] : undefined;
      const isKey = top !== undefined && !top.array && top.awaiting;
      if (isKey) {
        top.keyStart = start;
        top.keyEnd = j;
        top.keyEscaped = escaped;
        top.key = undefined;
        top.items++;
        top.awaiting = false;
      } else beginValue();
      if (length > limits.maxStringLength) {
        found.push({
          offset: start,
          path: pathOf(frames, open, text),
          message: `${isKey ? "this field name" : "this text"} is ${length} characters long; the limit maxStringLength is ${limits.maxStringLength}`,
        });
      } else if (
        isKey &&
        (escaped || j - start - 1 === RESERVED_KEY.length) &&
        keyOf(top, text) === RESERVED_KEY
      ) {
        found.push({
          offset: start,
          path: pathOf(frames, open, text),
          message: `a field named "${RESERVED_KEY}" is not allowed: JavaScript gives the name a special meaning, so it could not be kept. Rename the field`,
        });
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (depth <= limits.maxNesting) beginValue();
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limits.maxNesting) {
        tooDeep ??= { offset: i, path: pathOf(frames, open, text), message: "" };
        continue;
      }
      const frame = frames[open];
      if (frame) {
        frame.array = c === 0x5b;
        frame.items = 0;
        frame.awaiting = true;
        frame.key = "";
        frame.start = i;
      } else {
        frames.push({
          array: c === 0x5b,
          items: 0,
          awaiting: true,
          keyStart: 0,
          keyEnd: 0,
          keyEscaped: false,
          key: "",
          start: i,
        });
      }
      open++;
    } else if (c === 0x7d || c === 0x5d) {
      if (depth > 0) depth--;
      if (depth >= limits.maxNesting) continue;
      const frame = open > 0 ? frames[--open] : undefined;
      const name = frame && limitOf(frame, frames, open, text);
      if (frame && name && frame.items > limits[name]) {
        const counted = frame.array
          ? `list has ${frame.items} items`
          : `object has ${frame.items} fields`;
        found.push({
          offset: frame.start,
          path: pathOf(frames, open, text),
          message: `this ${counted}; the limit ${name} is ${limits[name]}`,
        });
      }
    } else if (c === 0x2c) {
      if (open > 0 && depth <= limits.maxNesting) frames[open - 1]!.awaiting = true;
    } else if (c > 0x20 && c !== 0x3a && depth <= limits.maxNesting) {
      beginValue(); // a number, true, false or null
    }
  }
  if (tooDeep) {
    tooDeep.message = `the file nests values ${deepest} deep; the limit maxNesting is ${limits.maxNesting}`;
    found.unshift(tooDeep);
  }
  const positions = lineColumnsAt(
    text,
    found.map((f) => f.offset),
  );
  return found.map((f, i) => ({
    ...positions[i],
    // a deep path is cut short: its start says where the nesting is
    path: formatPath(f.path.slice(0, 12)) + (f.path.length > 12 ? "…" : ""),
    message: f.message,
  }));
}
