/**
 * Text → validated dataset, with every problem located by line, column and
 * JSON path. Used by the CLI and the browser alike.
 */
import { Dataset, strictProblems } from "../../../schema/index.ts";
import { isDataset } from "./dataset-validator.ts";
import { encodingProblem } from "./encoding.ts";
import { resolveLimits, type Limits } from "./limits.ts";
import { certainlyWithinLimits } from "./limit-prescreen.ts";
import { scanProblems, sizeProblem } from "./limit-scan.ts";
import { reportIssue, type IssueReport } from "./issue-messages.ts";
import { jsonSyntaxProblem } from "./json-syntax.ts";
import { locatePaths } from "./json-walk.ts";
import { formatPath, type Problem } from "./problems.ts";

export type ParseResult =
  { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

export interface ParseOptions {
  /** Apply the research-grade rules (evidence on every actor and tie, quotes in every evidence item). */
  strict?: boolean;
  /** Limits to change from their defaults (LIMITS in limits.ts); throws RangeError for a value that is not a positive whole number. */
  limits?: Partial<Limits>;
}

/** Problems in the order they appear in the text. */
function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

// positions are only needed to report problems, so the walk that finds them runs only then
function locateAll(text: string, reports: IssueReport[]): Problem[] {
  const positions = locatePaths(
    text,
    reports.map((r) => ({ path: r.path, key: r.atKey })),
  );
  return reports
    .map((r, i) => ({
      ...positions[i],
      path: formatPath(r.path),
      message: r.message,
    }))
    .sort(byPosition);
}

/** Strips a leading byte-order mark, which some editors write and JSON.parse rejects. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses and validates a dataset's JSON text. Never throws, whatever the text. */
export function parseDataset(text: string, options: ParseOptions = {}): ParseResult {
  const limits = resolveLimits(options.limits);
  // the cheap checks first, so that a hostile file costs no more than one pass over its text
  const tooLarge = sizeProblem(text, limits);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const body = stripBom(text);
  const encoding = encodingProblem(body);
  if (encoding) return { ok: false, problems: [encoding] };
  // a quick pass clears nearly every file; the scan, which places each problem, runs on the rest
  const overLimits = certainlyWithinLimits(body, limits) ? [] : scanProblems(body, limits);
  if (overLimits.length > 0) return { ok: false, problems: overLimits };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(body, error)] };
  }
  let dataset: Dataset;
  if (isDataset(data)) dataset = data;
  else {
    // the schema as built, again, for every problem and its path (the two agree:
    // tests/unit/dataset-validator.test.ts; its verdict is the one kept)
    const result = Dataset.safeParse(data, { reportInput: true });
    if (!result.success) {
      return { ok: false, problems: locateAll(body, result.error.issues.flatMap(reportIssue)) };
    }
    dataset = result.data;
  }
  const strict = options.strict ? strictProblems(dataset) : [];
  if (strict.length > 0) return { ok: false, problems: locateAll(body, strict) };
  return { ok: true, dataset, problems: [] };
}
