/** `tamyr schema`, run as a process. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli, STACK_LINE } from "./helpers/cli-process.ts";

const committed = readFileSync(path.join(repoRoot, "schema/tamyr-dataset.schema.json"), "utf8");

describe("tamyr schema", () => {
  it("prints the JSON Schema, as committed", () => {
    const run = runCli("schema");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(committed);
  });

  it("writes it to a file with -o", () => {
    const tmp = path.join(repoRoot, "tests/.tmp");
    mkdirSync(tmp, { recursive: true });
    const dir = mkdtempSync(path.join(tmp, "schema-"));
    const file = path.join(dir, "out.schema.json");
    try {
      const run = runCli("schema", "-o", file);
      expect(run.status).toBe(0);
      expect(run.lines).toEqual([`wrote ${file}`]);
      expect(readFileSync(file, "utf8")).toBe(committed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 without a stack trace when it cannot write", () => {
    const run = runCli("schema", "--output", "tests/fixtures/cli/no-such-dir/out.json");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "tamyr schema: cannot write 'tests/fixtures/cli/no-such-dir/out.json': no such directory\n",
    );
    expect(run.stderr).not.toContain(STACK_LINE);
  });

  it("exits 2 for an unexpected argument and prints its help", () => {
    const run = runCli("schema", "data.json");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "tamyr schema: unexpected argument 'data.json'\nUsage: tamyr schema [-o FILE]\n",
    );
    expect(runCli("schema", "--help").lines[0]).toBe("Usage: tamyr schema [-o FILE]");
  });
});
