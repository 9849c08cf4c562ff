/**
 * The hostile and broken files of each import format, through the core
 * (importText, importCsv) and through `tamyr import` as a process: refused
 * with their place, or imported with nothing lost and nothing run. Formula
 * cells stay text and are neutralised again on export; XML entities never
 * expand; no prototype is polluted.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exportDataset,
  importCsv,
  importText,
  ImportError,
  type ExportFiles,
  type FormatId,
  type ImportResult,
} from "../../src/core/formats/index.ts";
import { xml } from "./formats-support.ts";
import { repoRoot } from "./helpers/cli-process.ts";

const DIR = "tests/fixtures/hostile";
const STACK = /^\s+at /m;
const DOCTYPE =
  "the file contains a DOCTYPE declaration; Tamyr does not read XML with DOCTYPE or ENTITY declarations, because they can expand without limit or read other files. Remove the declaration and import again";
const FORMULAS = [
  '=HYPERLINK("http://x","y")',
  "+1+1",
  "-2+3",
  "@SUM(A1:A9)",
  "=cmd|' /C calc'!A0",
];

const text = (file: string) => readFileSync(`${DIR}/${file}`, "utf8");
const read = (format: FormatId, file: string): ImportResult =>
  format === "csv" ? importCsv({ actors: text(file) }) : importText(format, text(file), xml);

function refusal(format: FormatId, file: string): ImportError {
  try {
    read(format, file);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error(`${file} was not refused`);
}

/** Files an import refuses as a whole: its format, the message and the place. */
const REFUSED: [file: string, format: FormatId, message: string, place: object][] = [
  ["billion-laughs.gexf", "gexf", DOCTYPE, { line: 2, column: 1 }],
  ["billion-laughs.graphml", "graphml", DOCTYPE, { line: 2, column: 1 }],
  ["xxe.gexf", "gexf", DOCTYPE, { line: 2, column: 1 }],
  ["xxe.graphml", "graphml", DOCTYPE, { line: 2, column: 1 }],
  ["malformed.cyjs", "cyjs", 'not valid JSON: unexpected character "B"', { line: 5, column: 38 }],
  [
    "malformed.graphology.json",
    "graphology",
    'not valid JSON: unexpected character "]"',
    { line: 6, column: 3 },
  ],
  [
    "deep-nesting.cyjs",
    "cyjs",
    "the file nests values 5005 deep; the limit maxNesting is 64",
    { line: 4, column: 111 },
  ],
];

/** Files read with problems in some rows or lines: nothing is written. */
const WITH_PROBLEMS: [file: string, format: FormatId, problems: object[]][] = [
  ["broken-quoting.csv", "csv", [{ file: "actors", row: 2, message: "Quoted field unterminated" }]],
  [
    "not-json-lines.ftm.jsonl",
    "ftm",
    [
      { line: 2, message: "this line is not a JSON object, so it was skipped" },
      { line: 3, message: "this line is not a JSON object, so it was skipped" },
    ],
  ],
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

let out: string;
let active = 0;
const waiting: (() => void)[] = [];

/** `tamyr ARGS…` as a process, two at a time, within 20 seconds. */
async function tamyr(...args: string[]): Promise<Run> {
  while (active >= 2) await new Promise<void>((wake) => waiting.push(wake));
  active++;
  try {
    return await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        ["bin/tamyr.js", ...args],
        { cwd: repoRoot, timeout: 20_000, encoding: "utf8" },
        (error, stdout, stderr) => {
          const timedOut = (error as { killed?: boolean } | null)?.killed === true;
          const code = error ? ((error.code as number | undefined) ?? null) : 0;
          resolve({ code, stdout, stderr, timedOut });
        },
      );
    });
  } finally {
    active--;
    waiting.shift()?.();
  }
}

const runs = new Map<string, Promise<Run>>();
const target = (file: string) => join(out, `${file}.json`);

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "tamyr-hostile-"));
  for (const [file, format] of [...REFUSED, ...WITH_PROBLEMS])
    runs.set(file, tamyr("import", `${DIR}/${file}`, "--format", format, "-o", target(file)));
  for (const file of ["formula-injection.csv", "proto-attribute.gexf", "proto-column.csv"])
    runs.set(file, tamyr("import", `${DIR}/${file}`, "-o", target(file)));
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
});

async function cli(file: string): Promise<Run> {
  const run = await runs.get(file)!;
  expect(run.timedOut).toBe(false);
  expect(run.stdout).not.toMatch(STACK);
  expect(run.stderr).not.toMatch(STACK);
  return run;
}

const where = (place: { line?: number; column?: number }) =>
  `line ${place.line}, column ${place.column}`;

describe.each(REFUSED)("the hostile %s file %s", (file, format, message, place) => {
  it("is refused by the core with an ImportError naming its place", () => {
    const error = refusal(format, file);
    expect(error.message).toBe(message);
    expect(error.place).toEqual(place);
  });

  it("makes `tamyr import` exit 1, say where, and write nothing", async () => {
    const run = await cli(file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${DIR}/${file}: ${where(place)}: ${message}\n`);
    expect(run.stdout + run.stderr).not.toMatch(/root:|lollol/);
    expect(existsSync(target(file))).toBe(false);
  });
});

describe.each(WITH_PROBLEMS)("the broken %s file %s", (file, format, problems) => {
  it("is read by the core with each problem and its place", () => {
    expect(read(format, file).problems).toEqual(problems);
  });

  it("makes `tamyr import` exit 1, list the problems, and write nothing", async () => {
    const run = await cli(file);
    expect(run.code).toBe(1);
    for (const p of problems as { file?: string; row?: number; line?: number; message: string }[]) {
      const at = p.row !== undefined ? `${p.file}, row ${p.row}` : `line ${p.line}`;
      expect(run.stdout).toContain(`${DIR}/${file}: ${at}: ${p.message}\n`);
    }
    expect(run.stderr).toMatch(/nothing written\n$/);
    expect(existsSync(target(file))).toBe(false);
  });
});

describe("formula injection in CSV", () => {
  it("is imported as text and neutralised again on export", () => {
    const imported = importCsv({ actors: text("formula-injection.csv") });
    expect(imported.problems).toEqual([]);
    const actors = imported.dataset!.actors;
    expect(actors.flatMap((a) => [a.name, a.description])).toEqual(
      expect.arrayContaining(FORMULAS),
    );
    const table = (exportDataset("csv", imported.dataset!) as ExportFiles).files["actors.csv"]!;
    for (const cell of table.split(/[\r\n,]+/).map((c) => c.replace(/^"|"$/g, ""))) {
      expect(cell).not.toMatch(/^[=+\-@]/);
    }
    expect(table).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    // and it reads back as the same text
    const again = importCsv({ actors: table });
    expect(again.dataset!.actors.map((a) => a.name)).toEqual(actors.map((a) => a.name));
  });

  it("goes through `tamyr import` and `tamyr export` the same way", async () => {
    const run = await cli("formula-injection.csv");
    expect(run.code).toBe(0);
    const dataset = JSON.parse(readFileSync(target("formula-injection.csv"), "utf8")) as {
      actors: { name: string }[];
    };
    expect(dataset.actors.map((a) => a.name)).toContain('=HYPERLINK("http://x","y")');
    const exported = await tamyr("export", target("formula-injection.csv"), "--format", "csv");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(exported.stdout).toContain("'@SUM(A1:A9)");
    expect(exported.stdout).not.toMatch(/(^|,)[=+\-@]/m);
  });
});

// both imports, once written, are valid datasets: checked in one process
let validated: Promise<Run>;
beforeAll(() => {
  validated = Promise.all([runs.get("proto-attribute.gexf"), runs.get("proto-column.csv")]).then(
    () => tamyr("validate", target("proto-attribute.gexf"), target("proto-column.csv")),
  );
});

describe.each([
  ["proto-attribute.gexf", "gexf"],
  ["proto-column.csv", "csv"],
] as const)("a field named __proto__ in %s", (file, format) => {
  it("is kept as an attribute '(__proto__)', with a warning, and pollutes nothing", () => {
    const result = read(format, file);
    expect(result.problems).toEqual([]);
    const attributes = result.dataset!.actors[0]!.attributes!;
    expect(attributes["(__proto__)"]).toBe('{"polluted": true}');
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(result.warnings.map((w) => w.message)).toContain(
      "the attribute name '__proto__' is reserved in JavaScript, so it was kept as '(__proto__)'",
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("goes through `tamyr import` into a dataset that validates", async () => {
    const run = await cli(file);
    expect(run.code).toBe(0);
    expect(readFileSync(target(file), "utf8")).toContain('"(__proto__)"');
    expect((await validated).code).toBe(0);
  });
});

it("applies a GEXF attribute's default even when its name is an Object.prototype member", () => {
  const actors = read("gexf", "proto-attribute.gexf").dataset!.actors;
  expect(actors.map((a) => a.attributes?.constructor)).toEqual(["inherited?", "inherited?"]);
});
