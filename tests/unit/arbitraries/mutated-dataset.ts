/** Datasets with one value replaced: what a validator must give the schema's verdict on. */
import fc from "fast-check";
import { datasetArbitrary } from "./dataset.ts";

type Path = (string | number)[];

/** Every path to a value inside `value`, the root excluded. */
function pathsIn(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const path = [...at, k];
    return [path, ...pathsIn((value as Record<string | number, unknown>)[k], path)];
  });
}

/** A deep copy of `value` with the value at `path` replaced. */
export function replaced(value: unknown, path: Path, by: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = by;
  return copy;
}

/** A valid dataset with one value, anywhere in it, replaced by anything at all. */
export const mutated = datasetArbitrary.chain((data) => {
  const paths = pathsIn(data);
  return fc
    .tuple(fc.constantFrom(...paths), fc.oneof(fc.anything(), fc.string(), fc.constant("  ")))
    .map(([path, by]) => replaced(data, path, by));
});
