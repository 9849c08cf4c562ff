/**
 * The limits (src/core/dataset/limits.ts): each is checked before JSON.parse,
 * reported by its name with the place it was hit, configurable through
 * parseDataset and the command line, and shared with the browser's file opener.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_FILE_BYTES } from "../../src/app/file/useFileOpener.ts";
import { main } from "../../src/cli/main.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { sizeProblem } from "../../src/core/dataset/limit-scan.ts";
import { LIMITS, resolveLimits, type Limits } from "../../src/core/dataset/limits.ts";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { minimalDataset } from "./helpers/dataset-text.ts";

/** A small dataset with two of everything a limit counts. */
function twoOfEach(): string {
  const data = minimalDataset();
  data.actors[0]!.domains = ["security", "markets"];
  data.sources!.push({ id: "memo-2", title: "Another memo" });
  data.ties.push({
    id: "knb-abish",
    source: "knb",
    target: "abish",
    type: "control",
    certainty: "alleged",
  });
  data.events!.push({ id: "rally", title: "Rally", date: "2022-01-04" });
  return JSON.stringify(data, null, 2);
}
const text = twoOfEach();

afterEach(() => {
  vi.restoreAllMocks();
});

describe("LIMITS", () => {
  it("has the documented defaults and cannot be changed by accident", () => {
    expect(LIMITS).toEqual({
      maxBytes: 100_000_000,
      maxNesting: 64,
      maxActors: 200_000,
      maxTies: 1_000_000,
      maxEvents: 200_000,
      maxSources: 200_000,
      maxStringLength: 20_000,
      maxArrayLength: 10_000,
    });
    expect(Object.isFrozen(LIMITS)).toBe(true);
  });

  it("is the browser's file size limit too", () => {
    expect(MAX_FILE_BYTES).toBe(LIMITS.maxBytes);
  });

  it("refuses a limit that is not a positive whole number", () => {
    expect(() => resolveLimits({ maxNesting: 0 })).toThrow(RangeError);
    expect(() => resolveLimits({ maxBytes: 1.5 })).toThrow(
      /maxBytes must be a positive whole number/,
    );
    expect(resolveLimits({ maxActors: 5 })).toEqual({ ...LIMITS, maxActors: 5 });
  });
});

describe.each<[Partial<Limits>, string, string]>([
  [{ maxBytes: 100 }, "", `the file is at least ${text.length} bytes; the limit maxBytes is 100`],
  [
    { maxNesting: 3 },
    "actors[0].domains",
    "the file nests values 5 deep; the limit maxNesting is 3",
  ],
  [{ maxActors: 1 }, "actors", "this list has 2 items; the limit maxActors is 1"],
  [{ maxTies: 1 }, "ties", "this list has 2 items; the limit maxTies is 1"],
  [{ maxEvents: 1 }, "events", "this list has 2 items; the limit maxEvents is 1"],
  [{ maxSources: 1 }, "sources", "this list has 2 items; the limit maxSources is 1"],
  [
    { maxStringLength: 25 },
    "ties[0].evidence[0].quote",
    "this text is 26 characters long; the limit maxStringLength is 25",
  ],
  [
    { maxArrayLength: 1 },
    "actors[0].domains",
    "this list has 2 items; the limit maxArrayLength is 1",
  ],
])("the limit %o", (limits, path, message) => {
  it("is reported by name, at its place, without parsing the file", () => {
    const parse = vi.spyOn(JSON, "parse");
    const result = parseDataset(text, { limits });
    const name = Object.keys(limits)[0]!;
    expect(parse).not.toHaveBeenCalled();
    expect(result.problems).toEqual([expect.objectContaining({ path, message })]);
    expect(result.problems[0]!.message).toContain(`the limit ${name} is`);
  });
});

it("accepts the dataset within its limits, and a very deep file costs one pass", () => {
  expect(parseDataset(text).ok).toBe(true);
  const deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
  expect(parseDataset(deep).problems).toEqual([
    expect.objectContaining({
      message: "the file nests values 1000000 deep; the limit maxNesting is 64",
    }),
  ]);
});

describe("tamyr validate --max-…", () => {
  function run(...args: string[]) {
    const out: string[] = [];
    const io: CliIo = {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
      readText: () => text,
      writeText: () => undefined,
    };
    return main(["validate", ...args], io).then((code) => ({ code, out }));
  }

  it("changes a limit by its option", async () => {
    expect(await run("--max-sources", "1", "data.json")).toEqual({
      code: 1,
      out: [
        expect.stringMatching(
          /^data\.json:\d+:\d+ {2}sources {2}this list has 2 items; the limit maxSources is 1$/,
        ),
      ],
    });
    expect((await run("--max-sources", "2", "data.json")).code).toBe(0);
  });

  it("refuses a limit that is not a positive whole number", async () => {
    for (const value of ["0", "-3", "1.5", "many"]) {
      const { code, out } = await run(`--max-nesting=${value}`, "data.json");
      expect(code).toBe(2);
      expect(out[0]).toMatch(/^tamyr validate: --max-nesting must be a positive whole number/);
    }
  });
});

it("counts the positions in layout against maxActors", () => {
  const data = minimalDataset();
  const at = { x: 0, y: 0 };
  data.layout = { positions: { abish: at, knb: at, ghost: at } };
  const result = parseDataset(JSON.stringify(data, null, 2), { limits: { maxActors: 2 } });
  expect(result.problems).toEqual([
    expect.objectContaining({
      path: "layout.positions",
      message: "this object has 3 fields; the limit maxActors is 2",
    }),
  ]);
});

it("measures maxBytes in UTF-8 bytes, whatever the script", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 50 }), (t) => {
      const bytes = new TextEncoder().encode(t).length;
      expect(sizeProblem(t, { ...LIMITS, maxBytes: bytes })).toBeUndefined();
      if (bytes > 1) expect(sizeProblem(t, { ...LIMITS, maxBytes: bytes - 1 })).toBeDefined();
    }),
    { numRuns: 200 },
  );
});
