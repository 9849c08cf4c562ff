/** Input and output for CLI commands, injectable so commands can be tested in-process. */
import { readFileSync, writeFileSync } from "node:fs";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  writeText(path: string, text: string): void;
}

export class CliUsageError extends Error {}

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "a parent is not a directory",
};

/** Why a file operation failed, in words. */
function reason(error: unknown, missing: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return missing;
  return (code && REASONS[code]) ?? code ?? "failed";
}

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  readText(path) {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      throw new CliUsageError(`cannot read '${path}': ${reason(error, "no such file")}`);
    }
  },
  writeText(path, text) {
    try {
      writeFileSync(path, text);
    } catch (error) {
      throw new CliUsageError(`cannot write '${path}': ${reason(error, "no such directory")}`);
    }
  },
};
