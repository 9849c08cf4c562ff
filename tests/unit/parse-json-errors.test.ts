/** Malformed JSON: the problem names the slip and points at its line and column. */
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { lineColumnAt } from "../../src/core/dataset/locate.ts";
import { minimalDataset, positionOf } from "./helpers/dataset-text.ts";

function syntaxProblem(text: string) {
  const result = parseDataset(text);
  expect(result.ok).toBe(false);
  expect(result.problems).toHaveLength(1);
  return result.problems[0];
}

describe("malformed JSON", () => {
  it.each([
    [
      "a trailing comma",
      '{\n  "a": 1,\n}',
      2,
      9,
      'a comma before "}" has nothing after it (JSON allows no trailing comma)',
    ],
    [
      "a trailing comma in an array",
      '{"a": [1,\n]}',
      1,
      9,
      'a comma before "]" has nothing after it (JSON allows no trailing comma)',
    ],
    [
      "a missing comma",
      '{\n  "a": 1\n  "b": 2\n}',
      3,
      3,
      'unexpected "\\"": is a comma missing before it?',
    ],
    ["a missing colon", '{"a" 1}', 1, 6, 'unexpected "1": is a colon missing before it?'],
    ["single quotes", "{\n  'a': 1\n}", 2, 3, 'unexpected "\'": JSON needs double quotes'],
    ["a comment", "// notes\n{}", 1, 1, 'unexpected "/": JSON does not allow comments'],
    ["an invalid escape", '{"a": "\\q"}', 1, 8, 'invalid escape "\\q" in a string'],
    ["a leading zero", '{"a": 01}', 1, 7, "a number cannot start with 0"],
    ["text after the data", '{"a": 1} x', 1, 10, 'unexpected "x" after the end of the JSON data'],
    ["a bare word", '{"a": yes}', 1, 7, 'unexpected character "y"'],
    [
      "a line break inside a string",
      '{"a": "x\ny"}',
      1,
      9,
      "a line break or other control character inside a string (write it as \\n)",
    ],
  ])("reports %s", (_name, text, line, column, detail) => {
    expect(syntaxProblem(text)).toEqual({
      line,
      column,
      path: "",
      message: `not valid JSON: ${detail}`,
    });
  });

  it("reports a truncated file at the end of its content", () => {
    const full = JSON.stringify(minimalDataset(), null, 2);
    const cut = full.slice(0, full.indexOf('"KNB"') + 3) + "\n";
    expect(syntaxProblem(cut)).toEqual({
      ...lineColumnAt(cut, cut.length - 1),
      path: "",
      message: "not valid JSON: the JSON ends too early (is the file truncated?)",
    });
  });

  it.each(["", "  \n\t\n"])("reports an empty file without a position (%j)", (text) => {
    expect(syntaxProblem(text)).toEqual({
      path: "",
      message: "not valid JSON: the file is empty",
    });
  });

  it("counts lines in CRLF files and columns after a byte-order mark", () => {
    expect(syntaxProblem('{\r\n  "a": 1,\r\n  "b": }\r\n')).toMatchObject({ line: 3, column: 8 });
    expect(syntaxProblem('\ufeff{\n  "a": x\n}')).toMatchObject({ line: 2, column: 8 });
  });
});

describe("positions of schema problems", () => {
  it("count a tab as one column", () => {
    const text = JSON.stringify(minimalDataset(), null, "\t").replace('"KNB"', "5");
    const { line, column } = positionOf(text, '"name": 5');
    expect(parseDataset(text).problems).toEqual([
      { line, column: column + 8, path: "actors[1].name", message: "expected string, got number" },
    ]);
    expect(text.split("\n")[line - 1]).toMatch(/^\t\t\t"name"/);
  });

  it("are listed in the order they appear in the file", () => {
    const { meta, ...rest } = minimalDataset();
    const data = { zzz: true, ...rest, meta: { ...meta, title: "" } };
    const problems = parseDataset(JSON.stringify(data, null, 2)).problems;
    expect(problems.map((p) => p.path)).toEqual(["zzz", "meta.title"]);
  });

  it("accept a byte-order mark", () => {
    expect(parseDataset("\ufeff" + JSON.stringify(minimalDataset())).ok).toBe(true);
  });
});

describe("lineColumnAt", () => {
  it("counts from 1", () => {
    expect(lineColumnAt("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt("ab\r\ncd", 4)).toEqual({ line: 2, column: 1 });
  });
});
