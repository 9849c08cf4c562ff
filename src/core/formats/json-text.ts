/** JSON.parse for imports: a syntax error becomes an ImportError with its line and column. */
import { ImportError, type Place } from "./types.ts";

function position(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

export function parseJsonText(text: string, format: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new ImportError(`the ${format} file is empty`);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const lc = /line (\d+) column (\d+)/.exec(message);
    const place: Place = at
      ? position(body, Number(at[1]))
      : lc
        ? { line: Number(lc[1]), column: Number(lc[2]) }
        : {};
    throw new ImportError(
      `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/s, "")}`,
      place,
    );
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
