/** Export `json`: the dataset itself in canonical form (see canonical.ts). */
import type { Dataset } from "../../../schema/index.ts";
import { canonicalJson } from "./canonical.ts";

export function writeJson(dataset: Dataset): string {
  return canonicalJson(dataset);
}
