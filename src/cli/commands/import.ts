/** `tamyr import FILE [--format F] [--ties FILE] [--mapping FILE] -o DATASET.json [--merge-into EXISTING.json --on-conflict skip|rename|abort]` */
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { DOMParser } from "@xmldom/xmldom";
import {
  canonicalJson,
  detectFormat,
  formatIssue,
  FORMATS,
  importCsv,
  importText,
  ImportError,
  inferMapping,
  mergeDatasets,
  type ConflictPolicy,
  type CsvMapping,
  type DomParserConstructor,
  type FormatId,
  type ImportResult,
} from "../../core/formats/index.ts";
import { loadDataset } from "../analysis-args.ts";
import { parseOrUsage, plural, usageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const FORMAT_IDS = FORMATS.filter((f) => f.canImport).map((f) => f.id);
const POLICIES: ConflictPolicy[] = ["skip", "rename", "abort"];

const USAGE = `Usage: tamyr import FILE [--format FORMAT] [--ties FILE] [--mapping FILE] -o DATASET.json [--merge-into EXISTING.json] [--on-conflict skip|rename|abort]

Reads another format into a Tamyr dataset (see docs/formats.md for the mapping
and the defaults applied). Prints every problem with its place
(line, row, column or element) and writes nothing if there is one.
  --format FORMAT        ${FORMAT_IDS.join(", ")} (default: detected from the name and content)
  --ties FILE            csv: the ties table; FILE is then the actors table.
                         A csv FILE with source and target columns and no --ties
                         is read as an edge list (actors made from the tie ends)
  --mapping FILE         csv: JSON {"actors": {field: column}, "ties": {…}};
                         default: guessed from the headers
  -o, --output FILE      the dataset file to write (canonical JSON)
  --merge-into FILE      add the import to this dataset (it is read, not changed,
                         unless it is also the -o file)
  --on-conflict POLICY   when an id is in both with different content: skip keeps
                         the existing record, rename gives the imported one a new
                         id, abort (the default) writes nothing
  -h, --help             show this help

Exit codes: 0 ok, 1 problems in the data or id conflicts, 2 usage error or unreadable file.`;

function readMapping(io: CliIo, file: string | undefined): Partial<CsvMapping> | undefined {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(io.readText(file)) as Partial<CsvMapping>;
  } catch (error) {
    if (error instanceof SyntaxError)
      throw usageError(`the mapping file '${file}' is not valid JSON`, USAGE);
    throw error;
  }
}

function runImport(
  io: CliIo,
  file: string,
  text: string,
  format: FormatId,
  tiesFile: string | undefined,
  mappingFile: string | undefined,
): ImportResult {
  if (format === "csv") {
    const mapping = readMapping(io, mappingFile);
    if (tiesFile !== undefined)
      return importCsv(
        { actors: text, ties: io.readText(tiesFile), mapping: mapping ?? {} },
        { fileName: basename(file) },
      );
    const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
    const guess = inferMapping(
      header.split(/[,;\t]/).map((h) => h.trim().replace(/^"|"$/g, "")),
      "ties",
    );
    const edgeList =
      mapping?.ties !== undefined || (guess.source !== undefined && guess.target !== undefined);
    return importCsv(
      edgeList ? { ties: text, mapping: mapping ?? {} } : { actors: text, mapping: mapping ?? {} },
      { fileName: basename(file) },
    );
  }
  return importText(format, text, {
    DOMParser: DOMParser as unknown as DomParserConstructor,
    fileName: basename(file),
  });
}

export const importCommand: Command = {
  summary: "read csv, gexf, graphml, cyjs, graphology or ftm into a dataset (optionally merging)",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: {
            format: { type: "string", short: "f" },
            ties: { type: "string" },
            mapping: { type: "string" },
            output: { type: "string", short: "o" },
            "merge-into": { type: "string" },
            "on-conflict": { type: "string" },
            help: { type: "boolean", short: "h" },
          },
        }),
      USAGE,
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw usageError("give exactly one file to import", USAGE);
    if (!values.output) throw usageError("say where to write the dataset with -o", USAGE);
    const policy = (values["on-conflict"] ?? "abort") as ConflictPolicy;
    if (!POLICIES.includes(policy))
      throw usageError(`--on-conflict must be one of ${POLICIES.join(", ")}`, USAGE);
    if (values["on-conflict"] !== undefined && values["merge-into"] === undefined) {
      throw usageError("--on-conflict only applies with --merge-into", USAGE);
    }
    const file = positionals[0]!;
    const text = io.readText(file);
    const format = (values.format ?? detectFormat(file, text)) as FormatId | undefined;
    if (!format)
      throw usageError(`cannot tell the format of '${file}'; say it with --format`, USAGE);
    if (!FORMAT_IDS.includes(format))
      throw usageError(`unknown format '${format}' (formats: ${FORMAT_IDS.join(", ")})`, USAGE);
    if (values.ties !== undefined && format !== "csv")
      throw usageError("--ties only applies to csv", USAGE);

    let result: ImportResult;
    try {
      result = runImport(io, file, text, format, values.ties, values.mapping);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      io.out(formatIssue(file, { ...error.place, message: error.message }));
      io.err(`tamyr import: ${file} could not be read as ${format}`);
      return 1;
    }
    for (const warning of result.warnings) io.err(`warning: ${formatIssue(file, warning)}`);
    for (const problem of result.problems) io.out(formatIssue(file, problem));
    if (!result.dataset || result.problems.length > 0) {
      io.err(
        `tamyr import: ${plural(result.problems.length, "problem")} in ${file}; nothing written`,
      );
      return 1;
    }
    let dataset = result.dataset;
    const target = values["merge-into"];
    if (target !== undefined) {
      const loaded = loadDataset(target, io, "import");
      if (!loaded) return 1;
      const merged = mergeDatasets(loaded.dataset, dataset, policy);
      for (const c of merged.collisions) {
        const what =
          c.resolution === "renamed"
            ? `imported one renamed to '${c.renamedTo}'`
            : c.resolution === "skipped"
              ? "existing one kept"
              : "conflict";
        io.out(
          `${target}: ${c.collection} '${c.id}' differs between the dataset and the import (${what})`,
        );
      }
      if (!merged.dataset) {
        for (const p of merged.problems) io.out(`${target}: ${p}`);
        io.err(
          `tamyr import: ${plural(merged.collisions.length, "id conflict")}; nothing written (use --on-conflict skip or rename)`,
        );
        return 1;
      }
      dataset = merged.dataset;
    }
    io.writeText(values.output, canonicalJson(dataset));
    io.err(
      `tamyr import: wrote ${values.output} (${plural(dataset.actors.length, "actor")}, ${plural(dataset.ties.length, "tie")}` +
        `${target !== undefined ? `, merged into ${target}` : ""}; read ${file} as ${format})`,
    );
    return 0;
  },
};
