/**
 * The datasets shipped in data/: each passes the strict rules, and every
 * quote citing the PONARS Eurasia memo is found in the memo's text, which
 * lives outside the repository (it may not be redistributed).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { formatPath, formatProblem } from "../../src/core/dataset/problems.ts";
import { verifyQuotes } from "../../src/core/evidence/verify-quotes.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(repoRoot, "data");
const memoId = "ponars-780";
const memoPath = path.resolve(repoRoot, "../shared/sources/ponars-eurasia-memo-780.md");

const files = readdirSync(dataDir)
  .filter((name) => name.endsWith(".json"))
  .sort();

it("data/ holds at least one dataset", () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)("data/%s", (name) => {
  const file = path.join(dataDir, name);
  const text = readFileSync(file, "utf8");
  const result = parseDataset(text, { strict: true });

  it("is valid by the strict rules", () => {
    expect(result.problems.map((p) => formatProblem(`data/${name}`, p))).toEqual([]);
  });

  it("points $schema at the committed JSON Schema", () => {
    const { $schema } = JSON.parse(text) as { $schema?: string };
    expect($schema).toBe("../schema/tamyr-dataset.schema.json");
    expect(existsSync(path.resolve(dataDir, $schema!))).toBe(true);
  });

  it(`has every quote citing '${memoId}' verbatim in ../shared/sources`, () => {
    // the memo sits beside the repository (../shared), as in CI; its absence is a failure, not a skip
    expect(existsSync(memoPath), `missing source text ${memoPath}`).toBe(true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const verification = verifyQuotes(
      result.dataset,
      new Map([[memoId, readFileSync(memoPath, "utf8")]]),
    );
    const missing = verification.notFound.map(
      (miss) => `${formatPath(miss.ref.path)}: ${JSON.stringify(miss.ref.quote)}`,
    );
    expect(missing).toEqual([]);
  });
});
