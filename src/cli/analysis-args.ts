/**
 * Options shared by the analysis commands (`tamyr stats`, `tamyr paths`):
 * loading the dataset and reading the tie constraints from the arguments.
 */
import {
  CERTAINTY_LEVELS,
  resolveVocabulary,
  type Certainty,
  type Dataset,
  type ResolvedVocabulary,
} from "../../schema/index.ts";
import { constraintProblems, type PathConstraints } from "../core/analysis/constraints.ts";
import { parseDataset } from "../core/dataset/parse.ts";
import { formatProblem } from "../core/dataset/problems.ts";
import { usageError } from "./args.ts";
import type { CliIo } from "./io.ts";

/** The parseArgs option specs for the constraints. */
export const CONSTRAINT_OPTIONS = {
  "min-certainty": { type: "string" },
  directed: { type: "boolean" },
  types: { type: "string" },
  window: { type: "string" },
} as const;

export const CONSTRAINT_HELP = `  --min-certainty LEVEL  count only ties at least this certain: ${CERTAINTY_LEVELS.join(", ")}
  --directed             follow directed ties only from source to target
  --types A,B            count only ties of these types
  --window START..END    count only ties active in this window (undated ties count),
                         ISO dates of any precision, e.g. 2022-01-02..2022-01-08`;

interface ConstraintValues {
  "min-certainty"?: string;
  directed?: boolean;
  types?: string;
  window?: string;
}

/** Reads and checks the constraint options; throws a usage error naming the bad value. */
export function readConstraints(
  values: ConstraintValues,
  vocabulary: ResolvedVocabulary,
  usage: string,
): Partial<PathConstraints> {
  const constraints: Partial<PathConstraints> = { directed: values.directed ?? false };
  const level = values["min-certainty"];
  if (level !== undefined) {
    if (!(CERTAINTY_LEVELS as readonly string[]).includes(level)) {
      throw usageError(
        `--min-certainty must be one of ${CERTAINTY_LEVELS.join(", ")}; got '${level}'`,
        usage,
      );
    }
    constraints.minCertainty = level as Certainty;
  }
  if (values.types !== undefined) {
    const types = values.types
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== "");
    const known = new Set(vocabulary.tieTypes.map((t) => t.id));
    const unknown = types.filter((t) => !known.has(t));
    if (types.length === 0) throw usageError("--types needs at least one tie type", usage);
    if (unknown.length > 0) {
      throw usageError(
        `unknown tie type${unknown.length > 1 ? "s" : ""} ${unknown.map((t) => `'${t}'`).join(", ")} ` +
          `(known: ${[...known].join(", ")})`,
        usage,
      );
    }
    constraints.tieTypes = types;
  }
  if (values.window !== undefined) {
    const [start, end, ...rest] = values.window.split("..");
    if (!start || !end || rest.length > 0) {
      throw usageError(`--window needs START..END, got '${values.window}'`, usage);
    }
    constraints.window = { start, end };
  }
  const problems = constraintProblems(constraints);
  if (problems.length > 0) throw usageError(problems.join("; "), usage);
  return constraints;
}

/** A positive whole number option, or a usage error. */
export function positiveInteger(name: string, text: string, usage: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw usageError(`${name} must be a positive whole number; got '${text}'`, usage);
  }
  return n;
}

/**
 * Reads and validates a dataset file. Prints its problems and returns
 * undefined when it is invalid (the command then exits 1).
 */
export function loadDataset(
  file: string,
  io: CliIo,
  command: string,
): { dataset: Dataset; vocabulary: ResolvedVocabulary } | undefined {
  const parsed = parseDataset(io.readText(file));
  if (!parsed.ok) {
    for (const problem of parsed.problems) io.out(formatProblem(file, problem));
    io.err(`tamyr ${command}: ${file} is not a valid dataset`);
    return undefined;
  }
  return { dataset: parsed.dataset, vocabulary: resolveVocabulary(parsed.dataset.vocabulary) };
}

/** One line saying which ties count. */
export function describeConstraints(constraints: Partial<PathConstraints>): string {
  return [
    constraints.directed ? "direction respected" : "direction ignored",
    constraints.minCertainty ? `ties at or above ${constraints.minCertainty}` : "any certainty",
    constraints.tieTypes ? `types ${constraints.tieTypes.join(", ")}` : "all tie types",
    constraints.window
      ? `window ${constraints.window.start}..${constraints.window.end}`
      : "any time",
  ].join(" · ");
}
