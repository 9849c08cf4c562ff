/**
 * `tamyr stats` and `tamyr paths` on tests/fixtures/analysis: the main
 * behaviours as real processes (node bin/tamyr.js), option checking
 * in-process (the commands run as main() runs them) to keep the suite fast.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../src/cli/commands.ts";
import { pathsCommand } from "../../src/cli/commands/paths.ts";
import { statsCommand } from "../../src/cli/commands/stats.ts";
import { nodeIo, type CliIo } from "../../src/cli/io.ts";
import { runCli, STACK_LINE } from "./helpers/cli-process.ts";

const NETWORK = "tests/fixtures/analysis/network.json";
const INVALID = "tests/fixtures/analysis/invalid.json";

const COMMANDS: Record<string, Command> = { stats: statsCommand, paths: pathsCommand };

/** Runs a command in-process with main()'s rule: any error it throws is reported and exits 2. */
async function runInProcess(name: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeIo, out: (t) => out.push(t), err: (t) => err.push(t) };
  let status: number;
  try {
    status = await (COMMANDS[name] as Command).run(args, io);
  } catch (error) {
    err.push(`tamyr ${name}: ${(error as Error).message}`);
    status = 2;
  }
  return {
    status,
    lines: out.join("\n").split("\n"),
    stdout: out.join("\n"),
    stderr: err.join("\n"),
  };
}

describe("tamyr stats (process)", () => {
  it("prints an aligned table sorted by betweenness", () => {
    const run = runCli("stats", NETWORK);
    expect(run.status).toBe(0);
    expect(run.lines[0]).toMatch(
      /^ACTOR\s+NAME\s+DEGREE\s+IN\s+OUT\s+BETWEENNESS\s+CLOSENESS\s+PAGERANK\s+COMMUNITY$/,
    );
    expect(run.lines[1]).toMatch(/^provocateurs\s+provocateurs\s+4\s+2\s+2\s+0\.5357\s/);
    // the betweenness column is right-aligned under its header
    const end = (run.lines[0] ?? "").indexOf("BETWEENNESS") + "BETWEENNESS".length;
    for (const line of run.lines.slice(1, 10)) expect(line.slice(0, end)).toMatch(/ \d\.\d{4}$/);
    expect(run.lines.at(-1)).toMatch(/^9 actors, 9 ties counted \(direction ignored/);
    expect(run.stderr).toBe("");
  });

  it("--json prints metrics keyed by actor id", () => {
    const run = runCli("stats", NETWORK, "--json");
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(Object.keys(data).sort()).toEqual([
      "akimat",
      "bazaars",
      "bolat",
      "gang",
      "journalist",
      "kairat",
      "knb",
      "protesters",
      "provocateurs",
    ]);
    expect(data.bolat).toMatchObject({
      name: "Bolat Nazarbayev",
      degree: { in: 0, out: 1, total: 2, ties: 3 },
      community: expect.any(Number),
    });
    // 9 actors; provocateurs lie on every shortest path of 15 pairs: 2·15/(8·7)
    expect(data.provocateurs.betweenness).toBeCloseTo(30 / 56, 12);
    expect(data.journalist.closeness).toBe(0);
  });

  it("exits 1 on an invalid dataset, printing its problems", () => {
    const run = runCli("stats", INVALID);
    expect(run.status).toBe(1);
    expect(run.lines[0]).toMatch(/points to unknown actor 'b'/);
    expect(run.stderr).not.toContain(STACK_LINE);
  });
});

describe("tamyr paths (process)", () => {
  it("prints the paths with hops, certainty and evidence", () => {
    const run = runCli("paths", NETWORK, "--from", "bolat", "--to", "provocateurs");
    expect(run.status).toBe(0);
    expect(run.lines[0]).toMatch(
      /^Paths from Bolat Nazarbayev to provocateurs: 2 found \(shortest first;/,
    );
    expect(run.lines).toContain(
      "1. Bolat Nazarbayev —Control + Support (established)→ Almaty bazaars —Mobilization (alleged)→ provocateurs",
    );
    expect(run.lines).toContain(
      `       "traders brought young men to the square"; hedge: "preliminary evidence points to" — Invented field report, p. 7`,
    );
    expect(run.lines).toContain("     - Support (alleged) [tie bolat-supports-bazaars]");
  });

  it("--json gives group paths, each with its description", () => {
    const run = runCli(
      "paths",
      NETWORK,
      "--from-role",
      "patron",
      "--to-role",
      "provocateur",
      "--directed",
      "--json",
    );
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.from).toEqual(["bolat", "kairat"]);
    expect(data.paths.map((p: { actors: string[] }) => p.actors)).toEqual([
      ["bolat", "bazaars", "provocateurs"],
      ["kairat", "knb", "provocateurs"],
    ]);
    expect(data.paths[0].hops[0].ties.map((t: { id: string }) => t.id)).toEqual([
      "bolat-controls-bazaars",
      "bolat-supports-bazaars",
    ]);
    expect(data.paths[1].strength).toBe("claimed");
    expect(data.paths[1].description).toBe(
      "Kairat Satybaldy —Leadership / office (established)→ KNB —Support (claimed)→ provocateurs",
    );
    expect(data.explanation).toBeNull();
  });

  it("explains a missing path and still exits 0", () => {
    const run = runCli(
      "paths",
      NETWORK,
      "--from",
      "bolat",
      "--to",
      "provocateurs",
      "--min-certainty",
      "reported",
    );
    expect(run.status).toBe(0);
    expect(run.lines[1]).toBe(
      "No path with ties at or above 'reported'; 2 paths if ties at any certainty count (shortest: 2 hops, strongest: alleged).",
    );
  });

  it("exits 2 for an unknown actor id", () => {
    const run = runCli("paths", NETWORK, "--from", "bolat", "--to", "nobody");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^tamyr paths: unknown actor id 'nobody' in --to/);
    expect(run.stderr).not.toContain(STACK_LINE);
  });
});

describe("tamyr stats (options)", () => {
  it("--min-certainty drops weaker ties and --robustness ranks per threshold", async () => {
    const strict = await runInProcess("stats", NETWORK, "--json", "--min-certainty", "established");
    expect(JSON.parse(strict.stdout).bolat.degree.ties).toBe(1);
    const table = await runInProcess("stats", NETWORK, "--robustness");
    expect(table.status).toBe(0);
    expect(table.lines[0]).toMatch(/RANK@ESTABLISHED\s+RANK@REPORTED\s+RANK@ALL\s+SHIFT$/);
    const json = JSON.parse(
      (await runInProcess("stats", NETWORK, "--json", "--robustness")).stdout,
    );
    // established ties: only the akimat brokers; with the reported membership tie, provocateurs tie with it
    expect(json.provocateurs.betweennessRanks).toEqual({
      established: 2,
      reported: 1,
      disputed: 1,
    });
    expect(json.provocateurs.betweennessRankShift).toBe(1);
  });

  it("rejects bad values with exit 2 and a clear message", async () => {
    const bad = await runInProcess("stats", NETWORK, "--min-certainty", "sure");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--min-certainty must be one of established, reported/);
    expect((await runInProcess("stats")).status).toBe(2);
    expect((await runInProcess("stats", NETWORK, "--frobnicate")).status).toBe(2);
    expect((await runInProcess("stats", NETWORK, "--seed", "-3")).status).toBe(2);
    expect((await runInProcess("stats", "missing.json")).stderr).toMatch(/cannot read/);
  });
});

describe("tamyr paths (options)", () => {
  it("filters by type and window, caps the length and lists all paths", async () => {
    const typed = await runInProcess(
      "paths",
      NETWORK,
      "--from",
      "bolat",
      "--to",
      "akimat",
      "--types",
      "control,mobilization,targeting",
      "--json",
    );
    const data = JSON.parse(typed.stdout);
    expect(data.paths).toHaveLength(1);
    expect(data.paths[0].hops[0].ties).toHaveLength(1);
    const all = await runInProcess(
      "paths",
      NETWORK,
      "--from",
      "bolat",
      "--to",
      "akimat",
      "--all",
      "--max-length",
      "4",
      "--json",
    );
    expect(JSON.parse(all.stdout).paths.map((p: { length: number }) => p.length)).toEqual([3, 4]);
    const window = await runInProcess(
      "paths",
      NETWORK,
      "--from",
      "kairat",
      "--to",
      "akimat",
      "--directed",
      "--window",
      "2022-01-07..2022-01-10",
    );
    expect(window.lines[1]).toMatch(
      /^No path in the window 2022-01-07\.\.2022-01-10; 2 paths if the time window is dropped/,
    );
    const apart = await runInProcess("paths", NETWORK, "--from", "bolat", "--to", "journalist");
    expect(apart.lines[1]).toBe(
      "No path at any certainty: the actors are in different components.",
    );
  });

  it("exits 2 for unknown roles and types and bad values; 1 for an invalid dataset", async () => {
    const cases: [string[], RegExp][] = [
      [["--from", "bolat", "--to-role", "villain"], /unknown role 'villain' in --to-role/],
      [["--from", "bolat", "--to", "akimat", "--types", "nope"], /unknown tie type 'nope'/],
      [["--from", "bolat", "--to", "akimat", "-k", "0"], /-k must be a positive whole number/],
      [
        ["--from", "bolat", "--to", "akimat", "--max-length", "x"],
        /--max-length must be a positive/,
      ],
      [["--from", "bolat", "--to", "akimat", "--all"], /--all needs --max-length/],
      [["--from", "bolat", "--to", "akimat", "--rank-by", "fame"], /--rank-by must be length or/],
      [["--from", "bolat", "--to", "akimat", "--window", "2022"], /--window needs START\.\.END/],
      [["--from", "bolat", "--to", "akimat", "--window", "2022-03..2022-01"], /window ends/],
      [["--from", "bolat"], /give --to or --to-role/],
    ];
    for (const [args, message] of cases) {
      const run = await runInProcess("paths", NETWORK, ...args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    const invalid = await runInProcess("paths", INVALID, "--from", "a", "--to", "a");
    expect(invalid.status).toBe(1);
  });
});
