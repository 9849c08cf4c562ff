/** Import `json`: a Tamyr dataset file, checked with the same parser as `tamyr validate`. */
import { parseDataset } from "../dataset/parse.ts";
import type { ImportResult } from "./types.ts";

export function readJson(text: string): ImportResult {
  const result = parseDataset(text);
  if (result.ok) return { dataset: result.dataset, problems: [], warnings: [] };
  return {
    dataset: null,
    problems: result.problems.map((p) => ({
      ...(p.line !== undefined ? { line: p.line, column: p.column } : {}),
      ...(p.path ? { path: p.path } : {}),
      message: p.message,
    })),
    warnings: [],
  };
}
