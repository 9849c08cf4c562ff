/**
 * Tamyr reads UTF-8, and UTF-16 that starts with its byte-order mark (as
 * browsers do). A file in another encoding is refused with a problem that
 * says so, instead of being read as garbage: from bytes (`decodeText`, the
 * command line) or from a text a lenient decoder already made
 * (`encodingProblem`, the browser).
 */
import type { Problem } from "./problems.ts";

const SAVE_AS_UTF8 = "save it as UTF-8 and try again";

function utf16(endian: "little" | "big"): string {
  return `the file is UTF-16 (${endian}-endian) text without a byte-order mark, which Tamyr cannot read: ${SAVE_AS_UTF8}`;
}

/**
 * A problem when a text is UTF-16 read as UTF-8 (every other character is
 * U+0000), e.g. UTF-16 without a byte-order mark; a byte-order mark that a
 * decoder turned into two U+FFFD is looked past.
 */
export function encodingProblem(text: string): Problem | undefined {
  const body = text.startsWith("\uFFFD\uFFFD") ? text.slice(2) : text;
  if (body.length < 2) return undefined;
  const at = { line: 1, column: 1, path: "" };
  if (body[0] !== "\0" && body[1] === "\0") return { ...at, message: utf16("little") };
  if (body[0] === "\0" && body[1] !== "\0") return { ...at, message: utf16("big") };
  return undefined;
}

/**
 * A file's bytes as Chromium's `File.text()` reads a file the user opens: a
 * byte-order mark chooses UTF-16 (little- or big-endian) or UTF-8 and is
 * dropped; without one the bytes are UTF-8, malformed ones read as U+FFFD
 * (for `encodingProblem` to check). Through a decoder rather than a Blob: in
 * a worker, a Blob of tens of megabytes took hundreds of milliseconds to read.
 */
export function decodeLikeFileText(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const encoding =
    view[0] === 0xff && view[1] === 0xfe
      ? "utf-16le"
      : view[0] === 0xfe && view[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  return new TextDecoder(encoding).decode(view);
}

/** Offset of the first byte that is not part of a well-formed UTF-8 character, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const size =
      c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    const second = bytes[i + 1] ?? 0;
    const low = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const high = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += size;
  }
  return -1;
}

/**
 * The text of a file's bytes: UTF-16 when they start with its byte-order mark,
 * else UTF-8 (a UTF-8 byte-order mark is kept); or a problem naming where
 * they stop being UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: Problem } {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : undefined;
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    } catch {
      return {
        problem: {
          path: "",
          message: `the file starts like UTF-16 text but is not valid UTF-16; ${SAVE_AS_UTF8}`,
        },
      };
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // not UTF-8: find where, below
  }
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const bad = firstInvalidByte(bytes);
  if (bad === -1) return { problem: { path: "", message: `not UTF-8 text; ${SAVE_AS_UTF8}` } };
  const lineStart = bad === 0 ? 0 : bytes.lastIndexOf(0x0a, bad - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < bad; i = bytes.indexOf(0x0a, i + 1)) line++;
  const column = decoder.decode(bytes.subarray(lineStart, bad)).length + 1;
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
  return {
    problem: {
      line,
      column,
      path: "",
      message: `not UTF-8 text: the byte 0x${hex} is not part of a UTF-8 character (is the file Latin-1 or Windows-1252?); ${SAVE_AS_UTF8}`,
    },
  };
}
