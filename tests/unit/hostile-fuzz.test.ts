/**
 * Property-based fuzzing with hostile pieces (prototype keys, deep brackets,
 * NUL, byte-order marks, lone surrogates, DOCTYPE, formulas) spliced into
 * arbitrary texts and into valid datasets and their exports: parseDataset
 * never throws, importers throw nothing but ImportError, and the linear
 * walks agree with JSON.parse and json-source-map.
 */
import fc from "fast-check";
import jsonSourceMap from "json-source-map";
import { afterEach, describe, expect, it } from "vitest";
import { Dataset } from "../../schema/index.ts";
import { decodeText } from "../../src/core/dataset/encoding.ts";
import { locatePaths, syntaxErrorOffset } from "../../src/core/dataset/json-walk.ts";
import { LIMIT_NAMES } from "../../src/core/dataset/limits.ts";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import {
  exportDataset,
  importCsv,
  importText,
  ImportError,
  type ExportFiles,
  type FormatId,
} from "../../src/core/formats/index.ts";
import { datasetArbitrary } from "./arbitraries/dataset.ts";
import { xml } from "./formats-support.ts";

const RUNS = { numRuns: 200 };
const FORMATS: FormatId[] = ["json", "csv", "gexf", "graphml", "cyjs", "graphology", "ftm"];

const PIECES = [
  '"__proto__": {"polluted": true},',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '"__proto__"',
  "[".repeat(80),
  "]}]}",
  "\u0000",
  "\uFEFF",
  "\uFFFD\uFFFD",
  "\uD800",
  "\\ud800",
  "\\u0000",
  "1e999",
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  "&a;",
  '=HYPERLINK("http://x","y")',
  '"',
  "'",
  ",",
  "{",
  "}",
  ":",
  "\r\n",
  "\t",
];

type Edit = [at: number, how: "insert" | "cut" | "delete" | "repeat", piece: string];

function edit(text: string, [at, how, piece]: Edit): string {
  const i = at % (text.length + 1);
  if (how === "insert") return text.slice(0, i) + piece + text.slice(i);
  if (how === "cut") return text.slice(0, i);
  if (how === "delete") return text.slice(0, i) + text.slice(i + piece.length);
  return text.slice(0, i) + text.slice(i, i + 40).repeat(3) + text.slice(i + 40);
}

/** A text changed in one to four places. */
const damaged = (texts: fc.Arbitrary<string>) =>
  fc
    .tuple(
      texts,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom<Edit[1]>("insert", "cut", "delete", "repeat"),
          fc.constantFrom(...PIECES),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([text, edits]) => edits.reduce(edit, text));

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 30 }),
);
const datasetText = datasetArbitrary.map((d) => JSON.stringify(d, null, 2));
const jsonText = fc.json({ maxDepth: 6 });

afterEach(() => {
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
});

function checkParse(text: string, limits?: Parameters<typeof parseDataset>[1]): void {
  const result = parseDataset(text, limits);
  if (result.ok) {
    expect(Dataset.safeParse(result.dataset).success).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  const lines = text.split("\n").length;
  for (const p of result.problems) {
    expect(typeof p.message).toBe("string");
    if (p.line !== undefined) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
    const limit = /the limit (\w+)/.exec(p.message)?.[1];
    if (limit) expect(LIMIT_NAMES).toContain(limit);
  }
}

describe("parseDataset on hostile text", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, damaged(jsonText)), (t) => checkParse(t)),
      RUNS,
    );
  });

  it("never throws on damaged valid datasets, and accepts only valid ones", () => {
    fc.assert(
      fc.property(damaged(datasetText), (t) => checkParse(t)),
      RUNS,
    );
  });

  it("never throws under small limits, and names any limit it applies", () => {
    const limits = fc.record({
      maxBytes: fc.integer({ min: 1, max: 5000 }),
      maxNesting: fc.integer({ min: 1, max: 6 }),
      maxActors: fc.integer({ min: 1, max: 3 }),
      maxStringLength: fc.integer({ min: 1, max: 30 }),
      maxArrayLength: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.oneof(datasetText, damaged(datasetText)), limits, (t, l) =>
        checkParse(t, { limits: l }),
      ),
      RUNS,
    );
  });
});

/** UTF-8 bytes of a text, with one byte changed. */
const nearlyUtf8 = fc
  .tuple(fc.string({ unit: "binary", maxLength: 30 }), fc.nat(), fc.integer({ min: 0, max: 255 }))
  .map(([text, at, byte]) => {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return bytes;
  });

function unescape(part: string): string {
  return part.replace(/~1/g, "/").replace(/~0/g, "~");
}

describe("the linear JSON walks", () => {
  it("find a syntax error exactly when JSON.parse does", () => {
    fc.assert(
      fc.property(fc.oneof(jsonText, damaged(jsonText), anyText), (t) => {
        let parses = true;
        try {
          JSON.parse(t);
        } catch {
          parses = false;
        }
        expect(syntaxErrorOffset(t) === -1).toBe(parses);
      }),
      RUNS,
    );
  });

  it("put a syntax error where json-source-map does (which skips control characters)", () => {
    fc.assert(
      fc.property(fc.oneof(damaged(jsonText), anyText), (t) => {
        const offset = syntaxErrorOffset(t);
        if (offset === -1 || t.charCodeAt(offset) < 0x20) return;
        let message = "";
        try {
          jsonSourceMap.parse(t);
        } catch (error) {
          message = (error as Error).message;
        }
        const position = /position (\d+)/.exec(message);
        expect(position ? Number(position[1]) : t.length).toBe(offset);
      }),
      RUNS,
    );
  });

  it("locate every value where json-source-map does", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        const { pointers } = jsonSourceMap.parse(text);
        const entries = Object.entries(pointers);
        const requests = entries.flatMap(([pointer, p]) => {
          const path = pointer === "" ? [] : pointer.slice(1).split("/").map(unescape);
          return p.key ? [{ path }, { path, key: true }] : [{ path }];
        });
        const expected = entries.flatMap(([, p]) =>
          [p.value, ...(p.key ? [p.key] : [])].map((at) => ({
            line: at.line + 1,
            column: at.column + 1,
          })),
        );
        expect(locatePaths(text, requests)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("decode bytes exactly when a strict decoder does (UTF-16 after its byte-order mark, else UTF-8), and say where UTF-8 stops", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 60 }), nearlyUtf8), (bytes) => {
        const encoding =
          bytes[0] === 0xff && bytes[1] === 0xfe
            ? "utf-16le"
            : bytes[0] === 0xfe && bytes[1] === 0xff
              ? "utf-16be"
              : "utf-8";
        let strict: string | undefined;
        try {
          strict = new TextDecoder(encoding, {
            fatal: true,
            ignoreBOM: encoding === "utf-8",
          }).decode(bytes);
        } catch {
          strict = undefined;
        }
        const decoded = decodeText(bytes);
        if (strict !== undefined) expect(decoded).toEqual({ text: strict });
        else if (encoding === "utf-8")
          expect("problem" in decoded && decoded.problem.line).toBeGreaterThanOrEqual(1);
        else expect("problem" in decoded).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Either a valid dataset or an ImportError; nothing else escapes an import. */
function checkImport(run: () => { dataset: unknown }): void {
  try {
    const result = run();
    if (result.dataset !== null) expect(Dataset.safeParse(result.dataset).success).toBe(true);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
  }
}

describe.each(FORMATS)("importing hostile %s", (format) => {
  const exported = datasetArbitrary.map((d) => {
    const out = exportDataset(format, d);
    return typeof out === "string" ? out : (out as ExportFiles).files["ties.csv"]!;
  });

  it("throws nothing but ImportError, on arbitrary or damaged text", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, damaged(exported)), (t) =>
        checkImport(() => (format === "csv" ? importCsv({ ties: t }) : importText(format, t, xml))),
      ),
      RUNS,
    );
  });
});

it("importCsv throws nothing but ImportError for damaged pairs of tables", () => {
  const tables = datasetArbitrary.map((d) => (exportDataset("csv", d) as ExportFiles).files);
  fc.assert(
    fc.property(tables, damaged(fc.constant("")), fc.nat(), (files, piece, at) => {
      const actors = edit(files["actors.csv"]!, [at, "insert", piece]);
      checkImport(() => importCsv({ actors, ties: files["ties.csv"] }));
    }),
    RUNS,
  );
});
