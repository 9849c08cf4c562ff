/**
 * Text → validated dataset, with every problem located by line, column and
 * JSON path. Used by the CLI and the browser alike.
 */
import jsonSourceMap, { type Pointer } from "json-source-map";
import type { z } from "zod";
import { Dataset, strictProblems } from "../../../schema/index.ts";
import { formatPath, type Problem } from "./problems.ts";

export type ParseResult =
  { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** Finds the position of the deepest existing value along a path. */
function locate(
  pointers: Record<string, Pointer>,
  path: readonly PropertyKey[],
): { line: number; column: number } | undefined {
  for (let n = path.length; n >= 0; n--) {
    const found = pointers[toPointer(path.slice(0, n))];
    if (found) return { line: found.value.line + 1, column: found.value.column + 1 };
  }
  return undefined;
}

function syntaxProblem(text: string, error: unknown): Problem {
  if (text.trim() === "") return { path: "", message: "not valid JSON: the file is empty" };
  // V8's messages do not always carry a position; json-source-map's parser always does
  let message = error instanceof Error ? error.message : String(error);
  try {
    jsonSourceMap.parse(text);
  } catch (located) {
    if (located instanceof Error) message = located.message;
  }
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : /end of JSON/i.test(message) ? text.length : undefined;
  const where = offset !== undefined ? lineColumnAt(text, offset) : undefined;
  let detail = message.replace(/ in JSON at position \d+.*$/s, "");
  if (offset !== undefined && offset >= text.length) {
    detail = "the JSON ends too early (is the file truncated?)";
  } else if (/^Unexpected token/.test(detail)) {
    detail = `unexpected character ${JSON.stringify(text[offset ?? 0] ?? "")}`;
  } else if (/Maximum call stack/.test(detail)) {
    detail = "values are nested too deeply";
  }
  return { ...where, path: "", message: `not valid JSON: ${detail}` };
}

/** Human wording for a zod issue. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
    case "invalid_type":
      return issue.message.startsWith("Invalid input: expected")
        ? issue.message.replace("Invalid input: expected", "expected")
        : issue.message;
    default:
      return issue.message;
  }
}

function sourcePointers(text: string): Record<string, Pointer> {
  try {
    return jsonSourceMap.parse(text).pointers;
  } catch {
    return {};
  }
}

export interface ParseOptions {
  /** Apply the research-grade rules (evidence on every actor and tie, quotes in every evidence item). */
  strict?: boolean;
}

/** Parses and validates a dataset's JSON text. Never throws. */
export function parseDataset(text: string, options: ParseOptions = {}): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(body, error)] };
  }
  const result = Dataset.safeParse(data);
  // positions are only needed to report problems, so the slower position-keeping parse runs only then
  if (!result.success) {
    const pointers = sourcePointers(body);
    const problems = result.error.issues.map((issue) => {
      // an unknown key is best pointed at by the key itself
      const path =
        issue.code === "unrecognized_keys" && issue.keys.length === 1
          ? [...issue.path, issue.keys[0] as string]
          : issue.path;
      return { ...locate(pointers, path), path: formatPath(path), message: describeIssue(issue) };
    });
    return { ok: false, problems };
  }
  const strict = options.strict ? strictProblems(result.data) : [];
  if (strict.length > 0) {
    const pointers = sourcePointers(body);
    const problems = strict.map((p) => ({
      ...locate(pointers, p.path),
      path: formatPath(p.path),
      message: p.message,
    }));
    return { ok: false, problems };
  }
  return { ok: true, dataset: result.data, problems: [] };
}
