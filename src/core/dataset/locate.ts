/** Where a JSON path's value (or key) sits in a JSON text, as 1-based line and column. */
import jsonSourceMap, { type Pointer } from "json-source-map";

export interface Position {
  line: number;
  column: number;
}

/** Offsets at which each line starts; lines end at "\n", so "\r\n" files count right too. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function positionIn(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** Line and column of a character offset (a tab counts as one column). */
export function lineColumnAt(text: string, offset: number): Position {
  return positionIn(lineStarts(text), offset);
}

/** Line and column of several character offsets, reading the text once. */
export function lineColumnsAt(text: string, offsets: readonly number[]): Position[] {
  if (offsets.length === 0) return [];
  const starts = lineStarts(text);
  return offsets.map((offset) => positionIn(starts, offset));
}

function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/**
 * Finds paths in a JSON text. A path that does not exist (a missing field) is
 * located at the deepest value that does. With `key`, an object member is
 * located at its key rather than its value.
 */
export type Locator = (
  path: readonly PropertyKey[],
  options?: { key?: boolean },
) => Position | undefined;

/** A locator for a JSON text; locates nothing when the text is not valid JSON. */
export function createLocator(text: string): Locator {
  let pointers: Record<string, Pointer> = {};
  try {
    pointers = jsonSourceMap.parse(text).pointers;
  } catch {
    // invalid JSON has no paths to locate
  }
  const starts = lineStarts(text);
  return (path, options = {}) => {
    for (let n = path.length; n >= 0; n--) {
      const found = pointers[toPointer(path.slice(0, n))];
      if (!found) continue;
      const at = options.key && n === path.length && found.key ? found.key : found.value;
      // json-source-map counts a tab as four columns; offsets give the character column
      return positionIn(starts, at.pos);
    }
    return undefined;
  };
}
