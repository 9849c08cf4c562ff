/** Explains why a text is not valid JSON, at the line and column where reading stopped. */
import { syntaxErrorOffset } from "./json-walk.ts";
import { lineColumnAt } from "./locate.ts";
import type { Problem } from "./problems.ts";

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Offset of the last character that is not white space, or -1. */
function lastContent(text: string, before: number): number {
  let i = Math.min(before, text.length) - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** What went wrong at `offset`, with a hint for the usual hand-editing slips. */
function explain(
  text: string,
  offset: number,
  v8Message: string,
): { offset: number; detail: string } {
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  const shown = JSON.stringify(char);
  const previous = lastContent(text, offset);
  const before = previous >= 0 ? text[previous] : undefined;
  if ((char === "}" || char === "]") && before === ",") {
    return {
      offset: previous,
      detail: `a comma before ${shown} has nothing after it (JSON allows no trailing comma)`,
    };
  }
  if (char === "'") return { offset, detail: `unexpected ${shown}: JSON needs double quotes` };
  if (char === "/" || char === "#") {
    return { offset, detail: `unexpected ${shown}: JSON does not allow comments` };
  }
  if (text[offset - 1] === "\\") {
    return { offset: offset - 1, detail: `invalid escape "\\${char}" in a string` };
  }
  if (parsesAsJson(text.slice(0, offset))) {
    return { offset, detail: `unexpected ${shown} after the end of the JSON data` };
  }
  if (/\d/.test(char) && before === "0" && !/[\d.]/.test(text[previous - 1] ?? "")) {
    return { offset: previous, detail: "a number cannot start with 0" };
  }
  if (before !== undefined && /["\d\]}el]/.test(before) && /["[{\d\-tfn]/.test(char)) {
    const missing = /Expected ':'/.test(v8Message) ? "colon" : "comma";
    return { offset, detail: `unexpected ${shown}: is a ${missing} missing before it?` };
  }
  return { offset, detail: `unexpected character ${shown}` };
}

/** The problem of a text that JSON.parse rejected with `error`. */
export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  if (text.trim() === "") return { path: "", message: "not valid JSON: the file is empty" };
  const v8Message = errorMessage(error);
  // V8's messages do not always carry a position; the strict walk finds it in linear time
  const located = syntaxErrorOffset(text);
  const position = /position (\d+)/.exec(v8Message);
  const offset =
    located >= 0
      ? located
      : position
        ? Number(position[1])
        : /end of JSON/i.test(v8Message)
          ? text.length
          : -1;

  let where: number | undefined;
  let detail: string;
  if (offset >= text.length || (offset >= 0 && text.slice(offset).trim() === "")) {
    where = lastContent(text, text.length) + 1;
    detail = "the JSON ends too early (is the file truncated?)";
  } else if (/control character/i.test(v8Message)) {
    where = offset;
    detail =
      text[offset] === "\0"
        ? "a null character (U+0000) inside a string (remove it, or write it as \\u0000)"
        : "a line break or other control character inside a string (write it as \\n)";
  } else if (offset >= 0) {
    ({ offset: where, detail } = explain(text, offset, v8Message));
  } else {
    detail = v8Message.replace(/ in JSON at position \d+.*$/s, "");
  }
  const at = where !== undefined ? lineColumnAt(text, where) : undefined;
  return { ...at, path: "", message: `not valid JSON: ${detail}` };
}
