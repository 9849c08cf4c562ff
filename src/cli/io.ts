/** Input and output for CLI commands, injectable so commands can be tested in-process. */
import { readFileSync, writeFileSync } from "node:fs";
import { decodeText } from "../core/dataset/encoding.ts";

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

// a reader that stops early (`tamyr … | head`) closes the pipe: stop writing, quietly
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed.add(stream);
  });
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (!closed.has(stream)) stream.write(text + "\n");
}

export const nodeIo: CliIo = {
  out: (text) => write(process.stdout, text),
  err: (text) => write(process.stderr, text),
  readText(path) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new CliUsageError(`cannot read '${path}': ${reason(error, "no such file")}`);
    }
    const decoded = decodeText(bytes);
    if ("text" in decoded) return decoded.text;
    const { line, column, message } = decoded.problem;
    const at = line !== undefined ? ` (line ${line}, column ${column})` : "";
    throw new CliUsageError(`cannot read '${path}'${at}: ${message}`);
  },
  writeText(path, text) {
    try {
      writeFileSync(path, text);
    } catch (error) {
      throw new CliUsageError(`cannot write '${path}': ${reason(error, "no such directory")}`);
    }
  },
};
