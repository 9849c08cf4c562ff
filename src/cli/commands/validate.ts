/** `tamyr validate FILE… [--strict] [--max-bytes N] [--max-nesting N] …` (the limits) */
import { statSync } from "node:fs";
import { parseArgs } from "node:util";
import { bytesProblem } from "../../core/dataset/limit-scan.ts";
import { LIMIT_NAMES, LIMITS, limitOption, type Limits } from "../../core/dataset/limits.ts";
import { parseDataset } from "../../core/dataset/parse.ts";
import { formatProblem } from "../../core/dataset/problems.ts";
import { parseOrUsage, plural, usageError } from "../args.ts";
import { CliUsageError, type CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const USAGE = `Usage: tamyr validate FILE… [--strict]

Checks dataset files against the Tamyr schema. Prints every problem, one a line:
  FILE:LINE:COLUMN  json.path  message

Options:
  --strict     also require evidence on every actor and tie, and a quote in every evidence item
  -h, --help   show this help

Limits, checked before a file is parsed (see docs/cli.md, "Limits"):
${LIMIT_NAMES.map((name) => `  ${`${limitOption(name)} N`.padEnd(24)} ${name}, default ${LIMITS[name]}`).join("\n")}

Exit codes: 0 all files valid, 1 a file is invalid, 2 usage error or unreadable file.`;

const LIMIT_OPTIONS = Object.fromEntries(
  LIMIT_NAMES.map((name) => [limitOption(name).slice(2), { type: "string" as const }]),
);

function readLimits(values: Record<string, unknown>): Partial<Limits> {
  const limits: Partial<Limits> = {};
  for (const name of LIMIT_NAMES) {
    const given = values[limitOption(name).slice(2)];
    if (given === undefined) continue;
    if (typeof given !== "string" || !/^[1-9]\d{0,14}$/.test(given))
      throw usageError(`${limitOption(name)} must be a positive whole number`, USAGE);
    limits[name] = Number(given);
  }
  return limits;
}

/** The file's size, when it can be known without reading it. */
function sizeOf(file: string): number | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

export const validateCommand: Command = {
  summary: "check dataset files against the schema (--strict: research-grade rules)",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: {
            strict: { type: "boolean" },
            help: { type: "boolean", short: "h" },
            ...LIMIT_OPTIONS,
          },
        }),
      USAGE,
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw usageError("no file given", USAGE);
    const strict = values.strict === true;
    const limits = { ...LIMITS, ...readLimits(values) };
    let invalid = false;
    let unreadable = false;
    for (const file of positionals) {
      // a file too large is refused before it is read
      const size = sizeOf(file);
      const tooLarge = size !== undefined ? bytesProblem(size, limits) : undefined;
      if (tooLarge) {
        invalid = true;
        io.out(formatProblem(file, tooLarge));
        continue;
      }
      let text: string;
      try {
        text = io.readText(file);
      } catch (error) {
        if (!(error instanceof CliUsageError)) throw error;
        // report it and go on with the other files
        io.err(`tamyr validate: ${error.message}`);
        unreadable = true;
        continue;
      }
      const result = parseDataset(text, { strict, limits });
      if (result.ok) {
        const d = result.dataset;
        io.out(
          `${file}: valid${strict ? " (strict)" : ""} — ${plural(d.actors.length, "actor")}, ` +
            `${plural(d.ties.length, "tie")}, ${plural(d.sources?.length ?? 0, "source")}, ` +
            `${plural(d.events?.length ?? 0, "event")}`,
        );
      } else {
        invalid = true;
        for (const problem of result.problems) io.out(formatProblem(file, problem));
      }
    }
    return unreadable ? 2 : invalid ? 1 : 0;
  },
};
