/** `tamyr verify-quotes DATASET --source ID=TEXTFILE…` */
import { parseArgs } from "node:util";
import { parseDataset, stripBom } from "../../core/dataset/parse.ts";
import { createLocator } from "../../core/dataset/locate.ts";
import { formatPath, formatProblem } from "../../core/dataset/problems.ts";
import {
  verifyQuotes,
  type QuoteMiss,
  type QuoteVerification,
} from "../../core/evidence/verify-quotes.ts";
import { oneDatasetFile, parseOrUsage, plural, usageError } from "../args.ts";
import { CliUsageError, type CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const USAGE = `Usage: tamyr verify-quotes DATASET --source ID=TEXTFILE [--source ID=TEXTFILE…]

Checks that every evidence quote citing source ID (in actors, ties and events)
appears verbatim in TEXTFILE, the source's full text. White space, the form of
quotation marks, dashes and ellipses, and markdown emphasis markers (* and _)
in the source do not count; an ellipsis in a quote stands for words left out.
Prints each quote that is not found, one a line:
  FILE:LINE:COLUMN  json.path  quote not found in source 'ID': "…"
and then a summary line.

Options:
  --source ID=TEXTFILE   the text of source ID; repeat for more sources
  -h, --help             show this help

Exit codes: 0 every checked quote found, 1 a quote not found or the dataset
invalid, 2 usage error or unreadable file.`;

/** The quote as one short line: white space collapsed, long quotes cut. */
function shorten(text: string, max: number, fromEnd = false): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  return fromEnd ? "…" + flat.slice(flat.length - max + 1) : flat.slice(0, max - 1) + "…";
}

function missLine(miss: QuoteMiss): string {
  const quote = JSON.stringify(shorten(miss.ref.quote, 120));
  const hint = miss.matchedPrefix
    ? ` (the source matches up to ${JSON.stringify(shorten(miss.matchedPrefix, 40, true))})`
    : "";
  return `quote not found in source '${miss.ref.source}': ${quote}${hint}`;
}

/** "FILE: 12 quotes checked, 1 not found; 3 quotes cite sources not given with --source (ids)" */
function summaryLine(file: string, result: QuoteVerification): string {
  const { checked, notFound, unchecked } = result;
  const notGiven = [...new Set(unchecked.map((ref) => ref.source))];
  const cite = unchecked.length === 1 ? "cites a source" : "cite sources";
  return (
    `${file}: ${plural(checked, "quote")} checked, ${notFound.length} not found; ` +
    `${plural(unchecked.length, "quote")} ${cite} not given with --source` +
    (notGiven.length > 0 ? ` (${notGiven.join(", ")})` : "")
  );
}

/** Parses the --source values into a map of source id → file, rejecting malformed or repeated ids. */
function sourceFiles(specs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq <= 0 || eq === spec.length - 1) {
      throw usageError(`--source needs ID=TEXTFILE, got '${spec}'`, USAGE);
    }
    const id = spec.slice(0, eq);
    if (files.has(id)) throw usageError(`--source '${id}' is given twice`, USAGE);
    files.set(id, spec.slice(eq + 1));
  }
  return files;
}

export const verifyQuotesCommand: Command = {
  summary: "check that evidence quotes appear verbatim in the sources' texts",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: {
            source: { type: "string", multiple: true },
            help: { type: "boolean", short: "h" },
          },
        }),
      USAGE,
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const file = oneDatasetFile(positionals, USAGE);
    const files = sourceFiles(values.source ?? []);
    if (files.size === 0) throw usageError("no --source given", USAGE);

    const text = stripBom(io.readText(file));
    const texts = new Map([...files].map(([id, path]) => [id, io.readText(path)] as const));

    const parsed = parseDataset(text);
    if (!parsed.ok) {
      for (const problem of parsed.problems) io.out(formatProblem(file, problem));
      io.err(`tamyr verify-quotes: ${file} is not a valid dataset, so its quotes were not checked`);
      return 1;
    }
    const known = new Set((parsed.dataset.sources ?? []).map((s) => s.id));
    const unknown = [...files.keys()].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      const list = known.size > 0 ? [...known].join(", ") : "none";
      throw new CliUsageError(
        `${file} has no source ${unknown.map((id) => `'${id}'`).join(", ")} (its sources: ${list})`,
      );
    }

    const result = verifyQuotes(parsed.dataset, texts);
    const locate = createLocator(text);
    for (const miss of result.notFound) {
      const problem = {
        ...locate(miss.ref.path),
        path: formatPath(miss.ref.path),
        message: missLine(miss),
      };
      io.out(formatProblem(file, problem));
    }
    io.out(summaryLine(file, result));
    return result.notFound.length > 0 ? 1 : 0;
  },
};
