/** `tamyr stats` and `tamyr paths`, run as processes on tests/fixtures/analysis. */
import { describe, expect, it } from "vitest";
import { runCli, STACK_LINE } from "./helpers/cli-process.ts";

const NETWORK = "tests/fixtures/analysis/network.json";
const INVALID = "tests/fixtures/analysis/invalid.json";

describe("tamyr stats", () => {
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

  it("--min-certainty drops weaker ties and --robustness ranks per threshold", () => {
    const strict = JSON.parse(
      runCli("stats", NETWORK, "--json", "--min-certainty", "established").stdout,
    );
    expect(strict.bolat.degree.ties).toBe(1);
    const run = runCli("stats", NETWORK, "--robustness");
    expect(run.status).toBe(0);
    expect(run.lines[0]).toMatch(/RANK@ESTABLISHED\s+RANK@REPORTED\s+RANK@ALL\s+SHIFT$/);
    const json = JSON.parse(runCli("stats", NETWORK, "--json", "--robustness").stdout);
    // established ties: only the akimat brokers; with the reported membership tie, provocateurs tie with it
    expect(json.provocateurs.betweennessRanks).toEqual({
      established: 2,
      reported: 1,
      disputed: 1,
    });
    expect(json.provocateurs.betweennessRankShift).toBe(1);
  });

  it("exits 1 on an invalid dataset and 2 on usage errors", () => {
    const invalid = runCli("stats", INVALID);
    expect(invalid.status).toBe(1);
    expect(invalid.lines[0]).toMatch(/points to unknown actor 'b'/);
    const bad = runCli("stats", NETWORK, "--min-certainty", "sure");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--min-certainty must be one of established, reported/);
    expect(runCli("stats").status).toBe(2);
    expect(runCli("stats", NETWORK, "--frobnicate").status).toBe(2);
    expect(bad.stderr).not.toContain(STACK_LINE);
  });
});

describe("tamyr paths", () => {
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

  it("--json gives the paths and a description of each", () => {
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
    const apart = runCli("paths", NETWORK, "--from", "bolat", "--to", "journalist", "--json");
    expect(JSON.parse(apart.stdout).explanation.kind).toBe("disconnected");
    const window = runCli(
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
  });

  it("filters by type and caps the length", () => {
    const typed = JSON.parse(
      runCli(
        "paths",
        NETWORK,
        "--from",
        "bolat",
        "--to",
        "akimat",
        "--types",
        "control,mobilization,targeting",
        "--json",
      ).stdout,
    );
    expect(typed.paths).toHaveLength(1);
    expect(typed.paths[0].hops[0].ties).toHaveLength(1);
    const all = JSON.parse(
      runCli(
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
      ).stdout,
    );
    expect(all.paths.map((p: { length: number }) => p.length)).toEqual([3, 4]);
  });

  it("exits 2 for unknown ids, roles, types and bad values; 1 for an invalid dataset", () => {
    const unknown = runCli("paths", NETWORK, "--from", "bolat", "--to", "nobody");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown actor id 'nobody' in --to/);
    expect(runCli("paths", NETWORK, "--from", "bolat", "--to-role", "villain").status).toBe(2);
    expect(
      runCli("paths", NETWORK, "--from", "bolat", "--to", "akimat", "--types", "nope").status,
    ).toBe(2);
    expect(runCli("paths", NETWORK, "--from", "bolat", "--to", "akimat", "-k", "0").status).toBe(2);
    expect(
      runCli("paths", NETWORK, "--from", "bolat", "--to", "akimat", "--max-length", "x").status,
    ).toBe(2);
    expect(runCli("paths", NETWORK, "--from", "bolat", "--to", "akimat", "--all").status).toBe(2);
    expect(
      runCli("paths", NETWORK, "--from", "bolat", "--to", "akimat", "--rank-by", "fame").status,
    ).toBe(2);
    expect(runCli("paths", NETWORK, "--from", "bolat").status).toBe(2);
    expect(runCli("paths", INVALID, "--from", "a", "--to", "a").status).toBe(1);
  });
});
