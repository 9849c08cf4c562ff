/** `tamyr generate --actors N [--ties-per-actor K] [--seed S] -o FILE` */
import { closeSync, openSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  DEFAULT_SEED,
  DEFAULT_TIES_PER_ACTOR,
  generateDataset,
} from "../../core/generate/generate-dataset.ts";
import { datasetJsonChunks } from "../../core/generate/serialize.ts";
import type { Dataset } from "../../../schema/index.ts";
import { parseOrUsage, plural, usageError } from "../args.ts";
import { CliUsageError, type CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const USAGE = `Usage: tamyr generate --actors N [--ties-per-actor K] [--seed S] -o FILE

Writes a synthetic dataset for tests and benchmarks: invented actors in
communities that mostly share a domain, ties by preferential attachment
(a few hubs, a long tail), dated ties, events, sources and a quoted
evidence item on every actor and tie. Valid under 'tamyr validate --strict'.
The same options always give the same file.

Options:
  --actors N             how many actors (at least 2)
  --ties-per-actor K     ties each actor adds; about N × K ties in all (default ${DEFAULT_TIES_PER_ACTOR})
  --seed S               seed of the random generator (default ${DEFAULT_SEED})
  -o, --output FILE      where to write the dataset
  -h, --help             show this help

Exit codes: 0 ok, 2 usage error or unwritable file.`;

function positiveInt(text: string | undefined, name: string, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw usageError(`--${name} is required`, USAGE);
    return fallback;
  }
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
    throw usageError(`--${name} must be a whole number, got '${text}'`, USAGE);
  }
  return n;
}

/** Writes the dataset in 1 MB pieces; returns the bytes written. */
function writeDataset(path: string, dataset: Dataset): number {
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliUsageError(
      `cannot write '${path}': ${code === "ENOENT" ? "no such directory" : (code ?? "failed")}`,
    );
  }
  let bytes = 0;
  let parts: string[] = [];
  let length = 0;
  const flush = () => {
    bytes += writeSync(fd, parts.join(""));
    parts = [];
    length = 0;
  };
  try {
    for (const chunk of datasetJsonChunks(dataset)) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

export const generateCommand: Command = {
  summary: "write a synthetic dataset of any size (for tests and benchmarks)",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: {
            actors: { type: "string" },
            "ties-per-actor": { type: "string" },
            seed: { type: "string" },
            output: { type: "string", short: "o" },
            help: { type: "boolean", short: "h" },
          },
        }),
      USAGE,
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length > 0) throw usageError(`unexpected argument '${positionals[0]}'`, USAGE);
    const actors = positiveInt(values.actors, "actors");
    if (actors < 2) throw usageError("--actors must be at least 2", USAGE);
    const tiesPerActor = positiveInt(
      values["ties-per-actor"],
      "ties-per-actor",
      DEFAULT_TIES_PER_ACTOR,
    );
    if (tiesPerActor < 1) throw usageError("--ties-per-actor must be at least 1", USAGE);
    const seed = positiveInt(values.seed, "seed", DEFAULT_SEED);
    if (values.output === undefined) throw usageError("-o FILE is required", USAGE);
    const dataset = generateDataset({ actors, tiesPerActor, seed });
    const bytes = writeDataset(values.output, dataset);
    io.out(
      `wrote ${values.output}: ${plural(dataset.actors.length, "actor")}, ` +
        `${plural(dataset.ties.length, "tie")}, ${plural(dataset.sources?.length ?? 0, "source")}, ` +
        `${plural(dataset.events?.length ?? 0, "event")} (${(bytes / 1e6).toFixed(1)} MB)`,
    );
    return 0;
  },
};
