/** `tamyr verify-quotes`, run as a process on small crafted fixtures. */
import { describe, expect, it } from "vitest";
import { fixtures, runCli, STACK_LINE } from "./helpers/cli-process.ts";

const f = (name: string) => `${fixtures}/${name}`;
const memo = `memo=${f("memo.md")}`;
const SYNOPSIS = "Usage: tamyr verify-quotes DATASET --source ID=TEXTFILE [--source ID=TEXTFILE…]";

describe("tamyr verify-quotes", () => {
  it("exits 0 when every quote is in its source", () => {
    const run = runCli("verify-quotes", f("valid.json"), "--source", memo);
    expect(run.status).toBe(0);
    expect(run.lines).toEqual([
      `${f("valid.json")}: 3 quotes checked, 0 not found; 0 quotes cite sources not given with --source`,
    ]);
    expect(run.stderr).toBe("");
  });

  it("exits 1 and lists each quote not found, with its location", () => {
    const run = runCli("verify-quotes", f("quotes.json"), "--source", memo);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${f("quotes.json")}:26:49  actors[1].evidence[0].quote  quote not found in source 'memo': "The security forces, under the control of Abish, were demobilized" (the source matches up to "…es, under the control of Abish, were de")`,
      `${f("quotes.json")}:35:49  events[0].evidence[0].quote  quote not found in source 'memo': "a group of about 500 'inspired provocateurs'" (the source matches up to "a")`,
      `${f("quotes.json")}: 3 quotes checked, 2 not found; 1 quote cites a source not given with --source (news)`,
    ]);
  });

  it("checks several sources given with repeated --source", () => {
    const run = runCli(
      "verify-quotes",
      f("quotes.json"),
      "--source",
      memo,
      `--source=news=${f("other.txt")}`,
    );
    expect(run.status).toBe(1);
    expect(run.lines[0]).toBe(
      `${f("quotes.json")}:17:38  actors[0].evidence[1].quote  quote not found in source 'news': "Bolat was seen at the market"`,
    );
    expect(run.lines.at(-1)).toBe(
      `${f("quotes.json")}: 4 quotes checked, 3 not found; 0 quotes cite sources not given with --source`,
    );
  });

  it("exits 1 without checking quotes when the dataset is invalid", () => {
    const run = runCli("verify-quotes", f("invalid.json"), "--source", memo);
    expect(run.status).toBe(1);
    expect(run.lines[0]).toBe(
      `${f("invalid.json")}:7:70  actors[1].domains[0]  actor 'knb' has unknown domain 'securty' (not in the vocabulary)`,
    );
    expect(run.stderr).toBe(
      `tamyr verify-quotes: ${f("invalid.json")} is not a valid dataset, so its quotes were not checked\n`,
    );
  });

  it("exits 2 without a stack trace for an unreadable source or dataset", () => {
    const source = runCli("verify-quotes", f("quotes.json"), "--source", `memo=${f("missing.md")}`);
    expect(source.status).toBe(2);
    expect(source.stderr).toBe(
      `tamyr verify-quotes: cannot read '${f("missing.md")}': no such file\n`,
    );
    const dataset = runCli("verify-quotes", f("missing.json"), "--source", memo);
    expect(dataset.status).toBe(2);
    expect(dataset.stderr).not.toContain(STACK_LINE);
  });

  it("exits 2 for a source id the dataset does not have", () => {
    const run = runCli("verify-quotes", f("quotes.json"), "--source", `mem=${f("memo.md")}`);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `tamyr verify-quotes: ${f("quotes.json")} has no source 'mem' (its sources: memo, news)\n`,
    );
  });

  it.each([
    [["verify-quotes", "tests/fixtures/cli/quotes.json"], "no --source given"],
    [["verify-quotes", "--source", "memo=x.md"], "no dataset file given"],
    [["verify-quotes", "a.json", "b.json", "--source", "memo=x.md"], "give one dataset file"],
    [["verify-quotes", "a.json", "--source", "memo"], "--source needs ID=TEXTFILE, got 'memo'"],
    [["verify-quotes", "a.json", "--source", "=x.md"], "--source needs ID=TEXTFILE, got '=x.md'"],
    [
      ["verify-quotes", "a.json", "--source", "m=x", "--source", "m=y"],
      "--source 'm' is given twice",
    ],
  ])("exits 2 for the usage error in %j", (args, message) => {
    const run = runCli(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tamyr verify-quotes: ${message}\n${SYNOPSIS}\n`);
  });

  it("prints its help", () => {
    const run = runCli("verify-quotes", "-h");
    expect(run.status).toBe(0);
    expect(run.lines[0]).toBe(SYNOPSIS);
  });
});
