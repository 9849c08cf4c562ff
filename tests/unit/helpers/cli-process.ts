/** Runs the real `tamyr` command (node bin/tamyr.js) as a separate process, from the repository root. */
import { spawnSync } from "node:child_process";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");
export const fixtures = "tests/fixtures/cli";

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout split into lines, without the final empty one. */
  lines: string[];
}

export function runCli(...args: string[]): CliRun {
  const run = spawnSync(process.execPath, ["bin/tamyr.js", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  if (run.error) throw run.error;
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    lines: run.stdout.split("\n").filter((line, i, all) => i < all.length - 1 || line !== ""),
  };
}

/** A stack trace line, which the CLI must never print. */
export const STACK_LINE = "    at ";
