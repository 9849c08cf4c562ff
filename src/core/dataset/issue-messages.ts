/**
 * zod issues reworded for researchers: "expected string, got number",
 * "expected one of person, family…; got "persona"", "unknown field 'titel'".
 * Messages the schema wrote itself are kept as they are.
 */
import type { z } from "zod";

type Issue = z.core.$ZodIssue;

export interface IssueReport {
  path: PropertyKey[];
  message: string;
  /** True when the problem is best shown at the member's key (an unknown field). */
  atKey?: boolean;
}

/** zod's own English messages start like this; the schema's custom messages do not. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/;

/** A short, readable rendering of a JSON value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 60 ? value.slice(0, 59) + "…" : value);
  }
  return String(value);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
}

function describeType(issue: Extract<Issue, { code: "invalid_type" }>): string {
  const key = issue.path[issue.path.length - 1];
  // JSON has no undefined: an undefined input is a missing field
  if (issue.input === undefined) {
    return typeof key === "string" ? `missing required field '${key}'` : "missing value";
  }
  if (issue.expected === "int") return `expected a whole number, got ${describeValue(issue.input)}`;
  return `expected ${issue.expected}, got ${typeOf(issue.input)}`;
}

function describeSize(issue: Extract<Issue, { code: "too_small" | "too_big" }>): string {
  const small = issue.code === "too_small";
  const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  const input = issue.input;
  switch (issue.origin) {
    case "string": {
      if (small && limit === 1) return "must not be empty";
      const length = typeof input === "string" ? ` (it has ${input.length})` : "";
      return `must be at ${small ? "least" : "most"} ${limit} characters long${length}`;
    }
    case "array": {
      if (small && limit === 1) return "must not be empty (needs at least one item)";
      const length = Array.isArray(input) ? ` (it has ${input.length})` : "";
      return `must have at ${small ? "least" : "most"} ${limit} items${length}`;
    }
    case "number":
    case "int": {
      const bound = issue.inclusive
        ? `at ${small ? "least" : "most"}`
        : `${small ? "greater" : "less"} than`;
      return `must be ${bound} ${limit}, got ${describeValue(input)}`;
    }
    default:
      return issue.message;
  }
}

function describeUnion(issue: Extract<Issue, { code: "invalid_union" }>): string {
  const expected = issue.errors.map((branch) =>
    branch.length === 1 && branch[0]?.code === "invalid_type" && branch[0].path.length === 0
      ? branch[0].expected
      : undefined,
  );
  if (expected.length > 0 && expected.every((e) => e !== undefined)) {
    const last = expected.pop();
    const list = expected.length > 0 ? `${expected.join(", ")} or ${last}` : last;
    return `expected ${list}, got ${typeOf(issue.input)}`;
  }
  return "does not match any of the allowed forms";
}

function describe(issue: Issue): string {
  if (issue.code === "custom" || !ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return describeType(issue);
    case "invalid_value":
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}, got ${describeValue(issue.input)}`
        : `expected one of ${listValues(issue.values)}; got ${describeValue(issue.input)}`;
    case "too_small":
    case "too_big":
      return describeSize(issue);
    case "invalid_format":
      return issue.format === "regex" && issue.pattern
        ? `must match the pattern ${issue.pattern}`
        : `must be a valid ${issue.format}`;
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    case "invalid_union":
      return describeUnion(issue);
    case "invalid_key":
      return `invalid field name: ${issue.issues.map(describe).join("; ")}`;
    default:
      return issue.message;
  }
}

/** One report per problem; an issue about several unknown fields becomes one report per field. */
export function reportIssue(issue: Issue): IssueReport[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      message: `unknown field '${key}'`,
      atKey: true,
    }));
  }
  return [{ path: [...issue.path], message: describe(issue) }];
}
