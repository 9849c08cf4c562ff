/**
 * The dataset schema as validation runs it. Where `new Function` may run
 * (Node: the CLI, the benchmark, the tests), zod compiles the schema ahead of
 * the first parse into one generated function; a dataset it rejects is parsed
 * again by the ordinary schema, so the problems reported are the same. In the
 * browser the Content-Security-Policy forbids eval: the page and the workers
 * set zod's `jitless`, and the schema runs as built.
 */
import { config, compile } from "zod";
import { Dataset } from "../../../schema/index.ts";

let compiled: typeof Dataset | undefined;

/** The schema to validate datasets with: compiled unless zod is told not to generate code. */
export function datasetSchema(): typeof Dataset {
  if (config().jitless) return Dataset;
  compiled ??= compile(Dataset);
  return compiled;
}
