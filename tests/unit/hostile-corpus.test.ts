/**
 * The hostile and broken dataset files of tests/fixtures/hostile, each read
 * through the core and through `tamyr validate` as a process: a clear problem
 * with its place, exit 1 (2 when the file cannot be read as text), no stack
 * trace, no hang, and no prototype pollution.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeText } from "../../src/core/dataset/encoding.ts";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { formatProblem, type Problem } from "../../src/core/dataset/problems.ts";
import { repoRoot } from "./helpers/cli-process.ts";

const DIR = "tests/fixtures/hostile";
const PROTO =
  'a field named "__proto__" is not allowed: JavaScript gives the name a special meaning, so it could not be kept. Rename the field';
const UTF16 =
  "the file is UTF-16 (little-endian) text without a byte-order mark, which Tamyr cannot read: save it as UTF-8 and try again";

type Row = [line: number | undefined, column: number | undefined, path: string, message: string];

/** Each file and the problems it must produce (none: the file is valid). */
const INVALID: Record<string, Row[]> = {
  "truncated.json": [
    [19, 17, "", "not valid JSON: the JSON ends too early (is the file truncated?)"],
  ],
  "missing-comma.json": [
    [22, 7, "", 'not valid JSON: unexpected "\\"": is a comma missing before it?'],
  ],
  "trailing-comma.json": [
    [
      26,
      19,
      "",
      'not valid JSON: a comma before "]" has nothing after it (JSON allows no trailing comma)',
    ],
  ],
  "comment.json": [[1, 1, "", 'not valid JSON: unexpected "/": JSON does not allow comments']],
  "empty.json": [[undefined, undefined, "", "not valid JSON: the file is empty"]],
  "not-json.json": [[1, 1, "", 'not valid JSON: unexpected character "<"']],
  "utf16le-nobom.json": [[1, 1, "", UTF16]],
  "null-byte.json": [
    [
      9,
      18,
      "",
      "not valid JSON: a null character (U+0000) inside a string (remove it, or write it as \\u0000)",
    ],
  ],
  "deep-nesting.json": [
    [
      18,
      74,
      "actors[0].attributes.x[0][0][0][0][0][0][0][0]…",
      "the file nests values 10004 deep; the limit maxNesting is 64",
    ],
  ],
  "long-string.json": [
    [
      17,
      22,
      "actors[0].description",
      "this text is 25000 characters long; the limit maxStringLength is 20000",
    ],
  ],
  "proto-keys.json": [
    [3, 3, "__proto__", PROTO],
    [19, 9, "actors[0].attributes.__proto__", PROTO],
  ],
  "duplicate-ids.json": [
    [19, 13, "actors[1].id", "duplicate actor id 'abish' (first used by actors[0])"],
    [50, 13, "ties[1].id", "duplicate tie id 't' (first used by ties[0])"],
  ],
  "dangling-refs.json": [
    [13, 20, "events[0].participants[0].actor", "event 'riot' names unknown actor 'ghost'"],
    [46, 17, "ties[0].target", "tie 't1' points to unknown actor 'nobody'"],
    [51, 21, "ties[0].evidence[0].source", "tie 't1' cites unknown source 'missing-memo'"],
  ],
  "self-tie.json": [[34, 17, "ties[0].target", "tie 'loop' connects actor 'abish' to itself"]],
  "unknown-vocabulary.json": [
    [
      12,
      9,
      "actors[0].domains[0]",
      "actor 'abish' has unknown domain 'securty' (not in the vocabulary)",
    ],
    [
      15,
      9,
      "actors[0].roles[0]",
      "actor 'abish' has unknown role 'patronn' (not in the vocabulary)",
    ],
    [35, 15, "ties[0].type", "tie 't' has unknown tie type 'bribery' (not in the vocabulary)"],
  ],
  "impossible-dates.json": [
    [18, 18, "actors[0].period.start", "must be a real ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"],
    [41, 18, "ties[0].period.start", "must be a real ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"],
  ],
  "wrong-types.json": [
    [9, 15, "actors[0].name", "expected string, got number"],
    [22, 18, "actors[1].domains", "expected array, got string"],
    [30, 13, "ties[0].id", "expected string, got number"],
    [
      34,
      20,
      "ties[0].certainty",
      "expected one of established, reported, alleged, claimed, disputed; got true",
    ],
  ],
};

/** A file that is not text in a known encoding: the command line cannot read it (exit 2). The browser reads it leniently, with U+FFFD for each such byte (see docs/security.md). */
const UNREADABLE: Record<string, string> = {
  "latin1.json":
    "(line 9, column 18): not UTF-8 text: the byte 0xEF is not part of a UTF-8 character (is the file Latin-1 or Windows-1252?); save it as UTF-8 and try again",
};

/** Valid files, UTF-16 ones included: with a byte-order mark they decode exactly, here as in browsers. */
const VALID: Record<string, string> = {
  "utf16le-bom.json": "2 actors, 1 tie, 0 sources, 0 events",
  "utf16be-bom.json": "2 actors, 1 tie, 0 sources, 0 events",
  "cycle.json": "3 actors, 3 ties, 0 sources, 0 events",
  "utf8-bom.json": "2 actors, 1 tie, 0 sources, 0 events",
  "constructor-keys.json": "2 actors, 1 tie, 0 sources, 0 events",
};

const path = (file: string) => `${DIR}/${file}`;
const toProblem = ([line, column, p, message]: Row): Problem =>
  line === undefined ? { path: p, message } : { line, column, path: p, message };
const STACK = /^\s+at /m;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function validate(files: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["bin/tamyr.js", "validate", ...files.map(path)],
      { cwd: repoRoot, timeout: 20_000, encoding: "utf8" },
      (error, stdout, stderr) => {
        const timedOut = (error as { killed?: boolean } | null)?.killed === true;
        const code = error ? ((error.code as number | undefined) ?? null) : 0;
        resolve({ code, stdout, stderr, timedOut });
      },
    );
  });
}

/*
 * One process per kind of file keeps the suite fast: the invalid files (exit 1;
 * an unreadable one among them would make it 2), the unreadable ones (exit 2,
 * nothing on stdout) and the valid ones (exit 0). Each test reads its file's lines.
 */
const runs: Record<"invalid" | "unreadable" | "valid", Promise<Run>> = {} as never;
beforeAll(() => {
  runs.invalid = validate(Object.keys(INVALID));
  runs.unreadable = validate(Object.keys(UNREADABLE));
  runs.valid = validate(Object.keys(VALID));
});

/** The run of a kind of file, checked for a hang and for stack traces, and the lines about `file`. */
async function cli(kind: keyof typeof runs, file: string) {
  const run = await runs[kind];
  expect(run.timedOut).toBe(false);
  expect(run.stdout).not.toMatch(STACK);
  expect(run.stderr).not.toMatch(STACK);
  const about = (text: string) =>
    text
      .split("\n")
      .filter(
        (line) =>
          line.includes(path(file) + ":") ||
          line.includes(path(file) + "'") ||
          line.startsWith(path(file) + "  "),
      )
      .map((line) => line + "\n")
      .join("");
  return { code: run.code, stdout: about(run.stdout), stderr: about(run.stderr) };
}

afterAll(() => {
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
});

describe.each(Object.entries(INVALID))("the hostile file %s", (file, rows) => {
  const expected = rows.map(toProblem);

  it("is refused by the core with each problem's place and message", () => {
    const result = parseDataset(readFileSync(path(file), "utf8"));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(expected);
  });

  it("makes `tamyr validate` exit 1 with the same problems, one a line", async () => {
    const run = await cli("invalid", file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(expected.map((p) => formatProblem(path(file), p) + "\n").join(""));
  });
});

describe.each(Object.entries(UNREADABLE))("the wrongly encoded file %s", (file, message) => {
  it("is refused by the core from its bytes, with the place", () => {
    const decoded = decodeText(readFileSync(path(file)));
    expect(decoded).toEqual({
      problem: { line: 9, column: 18, path: "", message: message.replace(/^\(.*?\): /, "") },
    });
  });

  it("makes `tamyr validate` exit 2: the file cannot be read as text", async () => {
    const run = await cli("unreadable", file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`tamyr validate: cannot read '${path(file)}' ${message}\n`);
  });
});

describe.each(["utf16le-bom.json", "utf16be-bom.json"])("the UTF-16 file %s", (file) => {
  it("decodes to the same dataset as its UTF-8 twin; read as UTF-8 it is refused", () => {
    const bytes = readFileSync(path(file));
    const decoded = decodeText(bytes);
    if (!("text" in decoded)) throw new Error("not decoded");
    const twin = parseDataset(readFileSync(path("utf8-bom.json"), "utf8"));
    expect(parseDataset(decoded.text)).toEqual(twin);
    const endian = file.includes("le") ? "little" : "big";
    expect(parseDataset(new TextDecoder().decode(bytes)).problems).toEqual([
      { line: 1, column: 1, path: "", message: UTF16.replace("little", endian) },
    ]);
  });
});

describe.each(Object.entries(VALID))("the valid file %s", (file, summary) => {
  it("is accepted by the core and by `tamyr validate`", async () => {
    const decoded = decodeText(readFileSync(path(file)));
    expect("text" in decoded && parseDataset(decoded.text).ok).toBe(true);
    const run = await cli("valid", file);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${path(file)}: valid — ${summary}\n`);
  });
});

describe("prototype keys", () => {
  it("never pollute Object.prototype, whatever the file says", () => {
    for (const file of ["proto-keys.json", "constructor-keys.json"]) {
      parseDataset(readFileSync(path(file), "utf8"));
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
  });

  it("keep constructor, prototype and toString as plain attributes: nothing is lost", () => {
    const result = parseDataset(readFileSync(path("constructor-keys.json"), "utf8"));
    if (!result.ok) throw new Error("expected a valid dataset");
    const attributes = result.dataset.actors[0]!.attributes!;
    expect(Object.entries(attributes)).toEqual([
      ["constructor", "kept"],
      ["prototype", "kept too"],
      ["toString", "also kept"],
      ["hasOwnProperty", 1],
    ]);
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
  });
});
