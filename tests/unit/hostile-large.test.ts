/**
 * Large files, generated at test time into a temporary directory (never
 * committed): `tamyr validate` with 512 MB of heap neither hangs nor crashes,
 * accepts 100,000 valid actors, refuses a 50 MB text by its limit, locates a
 * single problem among 100,000 actors, and survives a reader that stops early.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/cli-process.ts";

const ACTORS = 100_000;
const STACK = /^\s+at /m;

interface Run {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** Runs a command with a 20-second timeout; `signal` is set when it was killed (a hang or a crash). */
function run(file: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: repoRoot, timeout: 20_000, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const failed = error as { code?: number; signal?: string | null } | null;
        resolve({
          code: failed ? (failed.code ?? null) : 0,
          signal: failed?.signal ?? null,
          stdout,
          stderr,
        });
      },
    );
  });
}

/** `tamyr validate` with the heap capped at 512 MB. */
async function validate(...args: string[]): Promise<Run> {
  const result = await run(process.execPath, [
    "--max-old-space-size=512",
    "bin/tamyr.js",
    "validate",
    ...args,
  ]);
  expect(result.signal).toBeNull(); // not killed after 20 s, not aborted by the heap limit
  expect(result.stdout).not.toMatch(STACK);
  expect(result.stderr).not.toMatch(STACK);
  return result;
}

function dataset(actors: number, change: (d: { ties: { target: string }[] }) => void = () => {}) {
  const d = {
    schemaVersion: "1.0",
    meta: { title: "Large" },
    actors: Array.from({ length: actors }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: "person",
      domains: ["security"],
      roles: ["patron"],
    })),
    ties: Array.from({ length: actors }, (_, i) => ({
      id: `t${i}`,
      source: `a${i}`,
      target: `a${(i + 1) % actors}`,
      type: "control",
      certainty: "alleged",
    })),
  };
  change(d);
  return JSON.stringify(d, null, 1);
}

let dir: string;
let textColumn: number;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tamyr-large-"));
  writeFileSync(file("actors-100k.json"), dataset(ACTORS));
  writeFileSync(
    file("one-problem-100k.json"),
    dataset(ACTORS, (d) => (d.ties[75_000]!.target = "nobody")),
  );
  const big = JSON.stringify({
    schemaVersion: "1.0",
    meta: { title: "A 50 MB text" },
    actors: [
      {
        id: "a",
        name: "A",
        kind: "person",
        domains: ["security"],
        roles: ["patron"],
        description: "x".repeat(50_000_000),
      },
    ],
    ties: [],
  });
  writeFileSync(file("text-50mb.json"), big);
  textColumn = big.indexOf('"xxx') + 1;
  const aliases = Array.from({ length: 1_000_000 }, (_, i) => `{"name":"alias ${i}"}`).join(",");
  writeFileSync(
    file("aliases-1m.json"),
    dataset(2).replace('"name": "Actor 0",', `"name": "Actor 0", "aliases": [${aliases}],`),
  );
  // many problems: more output than a pipe holds
  writeFileSync(
    file("many-problems.json"),
    dataset(20_000).replaceAll('"type": "control"', '"type": "nope"'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("large files", { timeout: 60_000 }, () => {
  it("validates 100,000 actors and ties within 512 MB", async () => {
    const result = await validate(file("actors-100k.json"));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${file("actors-100k.json")}: valid — 100000 actors, 100000 ties, 0 sources, 0 events\n`,
    );
  });

  it("refuses 100,000 actors by name when maxActors is lower, before parsing", async () => {
    const result = await validate("--max-actors", "99999", file("actors-100k.json"));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `${file("actors-100k.json")}:6:12  actors  this list has 100000 items; the limit maxActors is 99999\n`,
    );
  });

  it("locates the one problem among 100,000 actors", async () => {
    const result = await validate(file("one-problem-100k.json"));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^\S+:\d+:\d+ {2}ties\[75000\]\.target {2}tie 't75000' points to unknown actor 'nobody'\n$/,
    );
  });

  it("refuses a 50 MB text by its limit, within 512 MB", async () => {
    const result = await validate(file("text-50mb.json"));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `${file("text-50mb.json")}:1:${textColumn}  actors[0].description  this text is 50000000 characters long; the limit maxStringLength is 20000\n`,
    );
  });

  it("refuses the 50 MB file unread when maxBytes is lower", async () => {
    const result = await validate("--max-bytes", "10000000", file("text-50mb.json"));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      / {2}\(file\) {2}the file is 500001\d\d bytes \(50\.0 MB\); the limit maxBytes is 10000000\n$/,
    );
  });

  it("refuses a list of a million aliases by its limit, within 512 MB", async () => {
    const result = await validate(file("aliases-1m.json"));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `${file("aliases-1m.json")}:9:34  actors[0].aliases  this list has 1000000 items; the limit maxArrayLength is 10000\n`,
    );
  });

  it("stops quietly when its reader does (`tamyr validate … | head -n 1`)", async () => {
    const script = `node bin/tamyr.js validate '${file("many-problems.json")}' | head -n 1; echo "exit \${PIPESTATUS[0]}" >&2`;
    const result = await run("bash", ["-c", script]);
    expect(result.signal).toBeNull();
    expect(result.stdout.split("\n")).toHaveLength(2);
    expect(result.stdout).toMatch(/ties\[0\]\.type {2}tie 't0' has unknown tie type 'nope'/);
    expect(result.stderr).toBe("exit 1\n");
  });
});
