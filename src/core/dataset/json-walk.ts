/**
 * One strict, iterative pass over a JSON text, building no values: it finds
 * the offset of the first syntax error, and where the values (and keys) on
 * some given paths start. Linear in the text and shallow on the stack, so a
 * large or deep file cannot make reporting its problems slow or crash it.
 */
import { lineColumnsAt, type Position } from "./locate.ts";

interface Node {
  children: Map<string, Node>;
  value?: number;
  key?: number;
}

interface Frame {
  array: boolean;
  index: number;
  node: Node | undefined;
}

const HEX = /[0-9a-fA-F]/;
const LITERALS: Record<number, string> = { 0x74: "true", 0x66: "false", 0x6e: "null" };

/** The offset after the white space at `i`. */
function skipSpace(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
  }
  return i;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** End of a number at `i` (the offset after it), or an error: -(offset + 1). */
function number(text: string, i: number): number {
  const n = text.length;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (i >= n) return -(n + 1);
  if (text.charCodeAt(i) === 0x30) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return -(i + 1);
  for (const [marks, signs] of [
    [".", false],
    ["eE", true],
  ] as const) {
    if (i >= n || !marks.includes(text[i]!)) continue;
    i++;
    if (signs && (text[i] === "+" || text[i] === "-")) i++;
    if (i >= n) return -(n + 1);
    if (!isDigit(text.charCodeAt(i))) return -(i + 1);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Offset of a string's closing quote, or an error: -(offset + 1). */
function string(text: string, i: number): number {
  const n = text.length;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j;
    if (c < 0x20) return -(j + 1);
    if (c !== 0x5c) continue;
    j++;
    if (j >= n) break;
    const e = text[j]!;
    if (e === "u") {
      for (let k = 1; k <= 4; k++) {
        if (j + k >= n) return -(n + 1);
        if (!HEX.test(text[j + k]!)) return -(j + k + 1);
      }
      j += 4;
    } else if (!'"\\/bfnrt'.includes(e)) return -(j + 1);
  }
  return -(n + 1);
}

/**
 * Walks the text; returns the offset of the first syntax error (the text's
 * length when it ends too early), or -1 when it is valid JSON. Values and keys
 * on the paths of `root` get their offsets recorded.
 */
function walk(text: string, root?: Node): number {
  const n = text.length;
  const stack: Frame[] = [];
  let pending: Node | undefined = root;
  let state: "value" | "after" | "key" | "keyOrClose" | "valueOrClose" = "value";
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= n) return state === "after" && stack.length === 0 ? -1 : n;
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if ((state === "keyOrClose" && c === 0x7d) || (state === "valueOrClose" && c === 0x5d)) {
      stack.pop();
      i++;
      state = "after";
      continue;
    }
    if (state === "valueOrClose") {
      pending = top!.node?.children.get("0");
      state = "value";
    }
    if (state === "keyOrClose" || state === "key") {
      if (c !== 0x22) return i;
      const end = string(text, i);
      if (end < 0) return -end - 1;
      if (top!.node) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        pending = top!.node.children.get(key);
        if (pending) pending.key = i;
      } else pending = undefined;
      i = skipSpace(text, end + 1);
      if (i >= n) return n;
      if (text.charCodeAt(i) !== 0x3a) return i;
      i++;
      state = "value";
      continue;
    }
    if (state === "after") {
      if (!top) return i;
      if (c === 0x2c) {
        i++;
        if (top.array) pending = top.node?.children.get(String(++top.index));
        state = top.array ? "value" : "key";
      } else if (c === (top.array ? 0x5d : 0x7d)) {
        stack.pop();
        i++;
      } else return i;
      continue;
    }
    // a value starts here
    if (pending) pending.value = i;
    if (c === 0x7b || c === 0x5b) {
      stack.push({ array: c === 0x5b, index: 0, node: pending });
      state = c === 0x5b ? "valueOrClose" : "keyOrClose";
      i++;
      continue;
    }
    state = "after";
    if (c === 0x22) {
      const end = string(text, i);
      if (end < 0) return -end - 1;
      i = end + 1;
    } else if (c === 0x2d || isDigit(c)) {
      const end = number(text, i);
      if (end < 0) return -end - 1;
      i = end;
    } else if (LITERALS[c] !== undefined) {
      const word = LITERALS[c]!;
      for (let k = 1; k < word.length; k++) {
        if (i + k >= n) return n;
        if (text[i + k] !== word[k]) return i + k;
      }
      i += word.length;
    } else return i;
  }
}

/** Offset of the first syntax error in a text (its length when the text ends too early), or -1 when it is valid JSON. */
export function syntaxErrorOffset(text: string): number {
  return walk(text);
}

export interface LocateRequest {
  path: readonly PropertyKey[];
  /** Locate an object member at its key rather than its value. */
  key?: boolean;
}

/**
 * Line and column of each requested path in one pass. A path that does not
 * exist (a missing field) is located at the deepest value that does;
 * nothing is located in a text that is not valid JSON.
 */
export function locatePaths(text: string, requests: LocateRequest[]): (Position | undefined)[] {
  const root: Node = { children: new Map() };
  for (const { path } of requests) {
    let node = root;
    for (const part of path) {
      const name = String(part);
      let child = node.children.get(name);
      if (!child) node.children.set(name, (child = { children: new Map() }));
      node = child;
    }
  }
  if (walk(text, root) !== -1) return requests.map(() => undefined);
  const offsets = requests.map(({ path, key }) => {
    const nodes = [root];
    for (const part of path) {
      const child = nodes[nodes.length - 1]!.children.get(String(part));
      if (!child) break;
      nodes.push(child);
    }
    for (let d = nodes.length - 1; d >= 0; d--) {
      const node = nodes[d]!;
      const at = key && d === path.length && node.key !== undefined ? node.key : node.value;
      if (at !== undefined) return at;
    }
    return -1;
  });
  const positions = lineColumnsAt(
    text,
    offsets.map((o) => Math.max(o, 0)),
  );
  return offsets.map((o, i) => (o >= 0 ? positions[i] : undefined));
}
