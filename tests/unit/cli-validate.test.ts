/** `tamyr validate` and the command dispatcher, run as a process. */
import { describe, expect, it } from "vitest";
import { fixtures, runCli, STACK_LINE } from "./helpers/cli-process.ts";

const f = (name: string) => `${fixtures}/${name}`;

describe("tamyr validate", () => {
  it("exits 0 for a valid file and says what it holds", () => {
    const run = runCli("validate", f("valid.json"));
    expect(run.status).toBe(0);
    expect(run.lines).toEqual([`${f("valid.json")}: valid — 2 actors, 1 tie, 1 source, 0 events`]);
    expect(run.stderr).toBe("");
  });

  it("exits 1 and prints every problem as FILE:LINE:COLUMN  path  message", () => {
    const run = runCli("validate", f("invalid.json"));
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${f("invalid.json")}:7:70  actors[1].domains[0]  actor 'knb' has unknown domain 'securty' (not in the vocabulary)`,
      `${f("invalid.json")}:10:55  ties[0].target  tie 'abish-knb' points to unknown actor 'knb2'`,
      `${f("invalid.json")}:12:13  ties[1].id  duplicate tie id 'abish-knb' (first used by ties[0])`,
      `${f("invalid.json")}:17:32  ties[1].evidence[0].source  tie 'abish-knb' cites unknown source 'memo-2'`,
    ]);
  });

  it("words type, enum and unknown-field problems for people", () => {
    const run = runCli("validate", f("wrong-types.json"));
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${f("wrong-types.json")}:3:37  meta.colour  unknown field 'colour'`,
      `${f("wrong-types.json")}:5:30  actors[0].name  expected string, got number`,
      `${f("wrong-types.json")}:5:42  actors[0].kind  expected one of person, family, organization, group, institution, state, international-organization, crowd, facility; got "persona"`,
    ]);
  });

  it("reports malformed JSON at the line and column of the slip", () => {
    const run = runCli("validate", f("malformed.json"));
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${f("malformed.json")}:3:38  (file)  not valid JSON: a comma before "}" has nothing after it (JSON allows no trailing comma)`,
    ]);
  });

  it("reports a truncated file where its content stops", () => {
    const run = runCli("validate", f("truncated.json"));
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${f("truncated.json")}:5:33  (file)  not valid JSON: the JSON ends too early (is the file truncated?)`,
    ]);
  });

  it("applies the research-grade rules only with --strict", () => {
    expect(runCli("validate", f("lax.json")).status).toBe(0);
    const run = runCli("validate", "--strict", f("lax.json"));
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${f("lax.json")}:6:5  actors[0]  actor 'bolat' has no evidence`,
      `${f("lax.json")}:13:20  actors[1].evidence[0]  actor 'traders' has an evidence item without a quote`,
      `${f("lax.json")}:17:5  ties[0]  tie 'bolat-traders' has no evidence`,
    ]);
    const strictValid = runCli("validate", f("valid.json"), "--strict");
    expect(strictValid.status).toBe(0);
    expect(strictValid.lines).toEqual([
      `${f("valid.json")}: valid (strict) — 2 actors, 1 tie, 1 source, 0 events`,
    ]);
  });

  it("checks every file it is given", () => {
    const run = runCli("validate", f("valid.json"), f("malformed.json"));
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(2);
  });

  it("exits 2 without a stack trace for a missing file, and still checks the others", () => {
    const run = runCli("validate", f("missing.json"), f("valid.json"));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tamyr validate: cannot read '${f("missing.json")}': no such file\n`);
    expect(run.stderr).not.toContain(STACK_LINE);
    expect(run.lines).toEqual([`${f("valid.json")}: valid — 2 actors, 1 tie, 1 source, 0 events`]);
  });

  it("exits 2 for a directory", () => {
    const run = runCli("validate", fixtures);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`tamyr validate: cannot read '${fixtures}': is a directory\n`);
  });

  it("exits 2 for usage errors", () => {
    const none = runCli("validate");
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      "tamyr validate: no file given\nUsage: tamyr validate FILE… [--strict]\n",
    );
    const option = runCli("validate", "--strikt", f("valid.json"));
    expect(option.status).toBe(2);
    expect(option.stderr).toBe(
      "tamyr validate: Unknown option '--strikt'\nUsage: tamyr validate FILE… [--strict]\n",
    );
  });

  it("prints its help", () => {
    const run = runCli("validate", "--help");
    expect(run.status).toBe(0);
    expect(run.lines[0]).toBe("Usage: tamyr validate FILE… [--strict]");
    expect(run.stdout).toContain("--strict");
  });
});

describe("tamyr", () => {
  it("exits 2 for an unknown command", () => {
    const run = runCli("frobnicate");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "tamyr: unknown command 'frobnicate'. Run 'tamyr --help' for the list.\n",
    );
    expect(run.stderr).not.toContain(STACK_LINE);
  });

  it("lists its commands with --help, and exits 2 when given none", () => {
    const help = runCli("--help");
    expect(help.status).toBe(0);
    for (const command of ["validate", "verify-quotes", "schema"]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    }
    expect(runCli().status).toBe(2);
  });
});
