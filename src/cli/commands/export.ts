/** `tamyr export DATASET --format F [-o FILE] [--min-certainty LEVEL] [--types A,B] [--domains A,B]` */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { strToU8, zipSync } from "fflate";
import { CERTAINTY_LEVELS, type Certainty } from "../../../schema/index.ts";
import { exportDataset, filterDataset, FORMATS, type FormatId } from "../../core/formats/index.ts";
import { loadDataset } from "../analysis-args.ts";
import { parseOrUsage, plural, usageError } from "../args.ts";
import { CliUsageError, type CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const FORMAT_IDS = FORMATS.filter((f) => f.canExport).map((f) => f.id);

const USAGE = `Usage: tamyr export DATASET --format FORMAT [-o FILE] [--min-certainty LEVEL] [--types A,B] [--domains A,B]

Writes a dataset in another format (see docs/formats.md for what each carries).
  --format FORMAT        ${FORMAT_IDS.join(", ")} (default: from the -o extension)
  -o, --output FILE      where to write; without it the export goes to stdout.
                         csv writes FILE-actors.csv and FILE-ties.csv, or one zip
                         with both tables when FILE ends in .zip; on stdout it
                         prints the actors table, a blank line, then the ties table
  --min-certainty LEVEL  keep ties at least this certain: ${CERTAINTY_LEVELS.join(", ")}
  --types A,B            keep only ties of these types
  --domains A,B          keep only actors in one of these domains, and the ties between them
  -h, --help             show this help

Exit codes: 0 ok, 1 invalid dataset, 2 usage error or unreadable file.`;

const BY_EXTENSION: Record<string, FormatId> = {
  json: "json",
  csv: "csv",
  zip: "csv",
  gexf: "gexf",
  graphml: "graphml",
  cyjs: "cyjs",
  jsonl: "ftm",
  ftm: "ftm",
};

function list(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function writeBinary(path: string, bytes: Uint8Array): void {
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    throw new CliUsageError(
      `cannot write '${path}': ${(error as NodeJS.ErrnoException).code ?? "failed"}`,
    );
  }
}

function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, "");
}

export const exportCommand: Command = {
  summary: "write a dataset as json, csv, gexf, graphml, cyjs, graphology or ftm",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: {
            format: { type: "string", short: "f" },
            output: { type: "string", short: "o" },
            "min-certainty": { type: "string" },
            types: { type: "string" },
            domains: { type: "string" },
            help: { type: "boolean", short: "h" },
          },
        }),
      USAGE,
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw usageError("give exactly one dataset file", USAGE);
    const output = values.output;
    const extension = output ? (/\.([a-z0-9]+)$/i.exec(output)?.[1] ?? "").toLowerCase() : "";
    const format = (values.format ?? BY_EXTENSION[extension]) as FormatId | undefined;
    if (!format) throw usageError("say which format with --format", USAGE);
    if (!FORMAT_IDS.includes(format)) {
      throw usageError(`unknown format '${format}' (formats: ${FORMAT_IDS.join(", ")})`, USAGE);
    }
    const minCertainty = values["min-certainty"];
    if (
      minCertainty !== undefined &&
      !(CERTAINTY_LEVELS as readonly string[]).includes(minCertainty)
    ) {
      throw usageError(
        `unknown certainty level '${minCertainty}' (levels: ${CERTAINTY_LEVELS.join(", ")})`,
        USAGE,
      );
    }
    const file = positionals[0]!;
    const loaded = loadDataset(file, io, "export");
    if (!loaded) return 1;
    const filtered =
      minCertainty !== undefined || values.types !== undefined || values.domains !== undefined;
    // without filters the dataset goes out whole (a filtered view also drops uncited sources)
    const dataset = filtered
      ? filterDataset(loaded.dataset, {
          ...(minCertainty ? { minCertainty: minCertainty as Certainty } : {}),
          ...(values.types !== undefined ? { types: list(values.types) } : {}),
          ...(values.domains !== undefined ? { domains: list(values.domains) } : {}),
        })
      : loaded.dataset;
    const result = exportDataset(format, dataset);
    const summary = `${plural(dataset.actors.length, "actor")}, ${plural(dataset.ties.length, "tie")}`;
    if (typeof result === "string") {
      if (output) {
        io.writeText(output, result);
        io.err(`tamyr export: wrote ${output} (${format}: ${summary})`);
      } else io.out(result.replace(/\n$/, ""));
      return 0;
    }
    const actors = result.files["actors.csv"]!;
    const ties = result.files["ties.csv"]!;
    if (!output) {
      io.out(stripBom(actors).replace(/\r\n$/, ""));
      io.out("");
      io.out(stripBom(ties).replace(/\r\n$/, ""));
      return 0;
    }
    if (extension === "zip") {
      writeBinary(output, zipSync({ "actors.csv": strToU8(actors), "ties.csv": strToU8(ties) }));
      io.err(`tamyr export: wrote ${output} (actors.csv and ties.csv: ${summary})`);
      return 0;
    }
    const base = output.replace(/\.csv$/i, "");
    io.writeText(`${base}-actors.csv`, actors);
    io.writeText(`${base}-ties.csv`, ties);
    io.err(`tamyr export: wrote ${base}-actors.csv and ${base}-ties.csv (${summary})`);
    return 0;
  },
};
