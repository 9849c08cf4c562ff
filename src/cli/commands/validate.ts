/** `tamyr validate FILE… [--strict]` */
import { parseArgs } from "node:util";
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

Exit codes: 0 all files valid, 1 a file is invalid, 2 usage error or unreadable file.`;

export const validateCommand: Command = {
  summary: "check dataset files against the schema (--strict: research-grade rules)",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: { strict: { type: "boolean" }, help: { type: "boolean", short: "h" } },
        }),
      USAGE,
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length === 0) throw usageError("no file given", USAGE);
    const strict = values.strict ?? false;
    let invalid = false;
    let unreadable = false;
    for (const file of positionals) {
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
      const result = parseDataset(text, { strict });
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
