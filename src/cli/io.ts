/** Input and output for CLI commands, injectable so commands can be tested in-process. */
import { readFileSync, writeFileSync } from "node:fs";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  writeText(path: string, text: string): void;
}

export class CliUsageError extends Error {}

export const nodeIo: CliIo = {
  out: (text) => process.stdout.write(text + "\n"),
  err: (text) => process.stderr.write(text + "\n"),
  readText(path) {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === "ENOENT"
          ? "no such file"
          : code === "EISDIR"
            ? "is a directory"
            : (code ?? "unreadable");
      throw new CliUsageError(`cannot read '${path}': ${reason}`);
    }
  },
  writeText(path, text) {
    try {
      writeFileSync(path, text);
    } catch (error) {
      throw new CliUsageError(
        `cannot write '${path}': ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      );
    }
  },
};
