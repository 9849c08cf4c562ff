/**
 * One dataset size of the Node benchmark in its own process (started by
 * bench/node/run-node.ts with --expose-gc), so sizes do not share a heap.
 * Writes its result as JSON to --out.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runNodeSuite } from "./suite.ts";

const { values } = parseArgs({
  options: {
    actors: { type: "string" },
    reps: { type: "string" },
    skip: { type: "string" },
    only: { type: "string" },
    write: { type: "string" },
    out: { type: "string" },
  },
});
if (!values.actors || !values.out) throw new Error("child needs --actors and --out");
const result = await runNodeSuite({
  actors: Number(values.actors),
  reps: Number(values.reps ?? 1),
  skip: values.skip
    ? (JSON.parse(values.skip) as Record<string, { reason: string; estimateMs?: number }>)
    : undefined,
  only: values.only ? values.only.split(",") : undefined,
  writeTo: values.write,
  onStep: (s) => process.stderr.write(`  ${values.actors} ${s.id}: ${s.ms} ms\n`),
});
writeFileSync(values.out, JSON.stringify(result));
