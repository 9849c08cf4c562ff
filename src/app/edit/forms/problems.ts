/** Edit problems by form field: the first path segment after the record names the field. */
import type { EditProblem } from "../../../core/edit/index.ts";

export type FieldErrors = Record<string, string>;

export function fieldErrors(problems: EditProblem[]): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) {
    // paths look like "name", "ties[3].target", "evidence[0].quote" or "" for the whole record
    const field =
      p.path.replace(/^(actors|ties|sources|events)\[\d+\]\.?/, "").split(/[.[]/)[0] || "_";
    out[field] ??= p.message;
  }
  return out;
}
