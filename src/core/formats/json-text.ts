/** JSON.parse for imports: limits first, then a syntax error becomes an ImportError with its line and column. */
import { jsonSyntaxProblem } from "../dataset/json-syntax.ts";
import { nestingProblem, sizeProblem } from "../dataset/limit-scan.ts";
import { LIMITS } from "../dataset/limits.ts";
import type { Problem } from "../dataset/problems.ts";
import { ImportError, type Place } from "./types.ts";

function placeOf(problem: Problem): Place {
  return problem.line !== undefined ? { line: problem.line, column: problem.column } : {};
}

/**
 * Refuses a JSON text larger than maxBytes or nested deeper than maxNesting
 * (LIMITS), before it is parsed: deep values would otherwise exhaust the
 * stack of whatever reads them next.
 */
export function checkJsonLimits(text: string): void {
  const problem = sizeProblem(text, LIMITS) ?? nestingProblem(text, LIMITS.maxNesting);
  if (problem) throw new ImportError(problem.message, placeOf(problem));
}

export function parseJsonText(text: string, format: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") throw new ImportError(`the ${format} file is empty`);
  checkJsonLimits(body);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const problem = jsonSyntaxProblem(body, error);
    throw new ImportError(problem.message, placeOf(problem));
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
