/** `tamyr validate FILE… [--strict]` */
import { parseArgs } from "node:util";
import { parseDataset } from "../../core/dataset/parse.ts";
import { formatProblem } from "../../core/dataset/problems.ts";
import { CliUsageError, type CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const USAGE = `Usage: tamyr validate FILE… [--strict]

Checks dataset files against the Tamyr schema. Prints every problem as
FILE:LINE:COLUMN  json.path  message
  --strict   also require evidence on every actor and tie, and a quote in every evidence item`;

export const validateCommand: Command = {
  summary: "check dataset files against the schema (--strict: research-grade rules)",
  run(args: string[], io: CliIo) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { strict: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      });
    } catch (error) {
      throw new CliUsageError(`${(error as Error).message}\n${USAGE}`);
    }
    if (parsed.values.help) {
      io.out(USAGE);
      return 0;
    }
    if (parsed.positionals.length === 0) throw new CliUsageError(`no file given\n${USAGE}`);
    let invalid = 0;
    for (const file of parsed.positionals) {
      const result = parseDataset(io.readText(file), { strict: parsed.values.strict ?? false });
      if (result.ok) {
        const d = result.dataset;
        io.out(
          `${file}: valid${parsed.values.strict ? " (strict)" : ""} — ${d.actors.length} actors, ${d.ties.length} ties, ${d.sources?.length ?? 0} sources, ${d.events?.length ?? 0} events`,
        );
      } else {
        invalid++;
        for (const problem of result.problems) io.out(formatProblem(file, problem));
      }
    }
    return invalid > 0 ? 1 : 0;
  },
};
