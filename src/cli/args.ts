/** Argument handling shared by commands: usage errors (exit 2) that end with the command's synopsis. */
import { CliUsageError } from "./io.ts";

/** A usage error: `message`, then the first line of `usage` (the synopsis). */
export function usageError(message: string, usage: string): CliUsageError {
  return new CliUsageError(`${message}\n${usage.split("\n", 1)[0]}`);
}

/**
 * Runs an argument parser (typically `() => parseArgs({...})` from node:util)
 * and turns what it throws into a usage error.
 */
export function parseOrUsage<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // node:util's advice on positionals that start with '-' is noise here
    throw usageError(message.replace(/\. To specify a positional argument.*$/s, ""), usage);
  }
}

/** "1 quote", "3 quotes". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The one dataset file a command takes, or a usage error saying what is wrong. */
export function oneDatasetFile(positionals: string[], usage: string): string {
  if (positionals.length !== 1) {
    throw usageError(
      positionals.length === 0 ? "no dataset file given" : "give one dataset file",
      usage,
    );
  }
  return positionals[0]!;
}
