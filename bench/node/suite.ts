/**
 * The Node side of the benchmark for one dataset size, in-process: runs
 * every step of steps.ts with timings and memory. bench/node/child.ts runs
 * it in a fresh process per size; the smoke test calls it directly.
 */
import { writeFileSync } from "node:fs";
import { measure, type Measurement } from "../lib/measure.ts";
import { round } from "../lib/stats.ts";
import { STEPS, type Context } from "./steps.ts";

export interface StepResult extends Partial<Measurement> {
  id: string;
  label: string;
  /** Why the step did not run (then `estimateMs` may say how long it would take). */
  skipped?: string;
  estimateMs?: number;
  detail?: string;
}

export interface NodeSizeResult {
  actors: number;
  ties: number;
  bytes: number;
  /** Highest step peak RSS, MB. */
  peakRssMb: number;
  steps: StepResult[];
}

export interface SuiteOptions {
  actors: number;
  tiesPerActor?: number;
  seed?: number;
  /** Repetitions per step (heavy steps run once from 5,000 actors up). */
  reps: number;
  /** Steps not to run, with the reason and an estimate. */
  skip?: Record<string, { reason: string; estimateMs?: number }>;
  /** Run only these steps (plus, untimed, the steps they need). */
  only?: string[];
  /** Also write the generated dataset here. */
  writeTo?: string;
  /** Called after each step, for progress output. */
  onStep?: (result: StepResult) => void;
}

export async function runNodeSuite(options: SuiteOptions): Promise<NodeSizeResult> {
  const ctx: Context = {
    actors: options.actors,
    tiesPerActor: options.tiesPerActor ?? 3,
    seed: options.seed ?? 1,
  };
  const steps: StepResult[] = [];
  for (const step of STEPS) {
    const wanted = !options.only || options.only.includes(step.id);
    const skip = options.skip?.[step.id];
    if (!wanted || skip) {
      if (step.needed) step.run(ctx);
      if (wanted && skip)
        steps.push({
          id: step.id,
          label: step.label,
          skipped: skip.reason,
          estimateMs: skip.estimateMs,
        });
      continue;
    }
    const reps = step.heavy && options.actors >= 5000 ? 1 : options.reps;
    const { result, measurement } = await measure(() => step.run(ctx), reps);
    const calls = step.calls ?? 1;
    const timing =
      calls > 1
        ? {
            ...measurement,
            ms: round(measurement.ms / calls, 3),
            firstMs: round(measurement.firstMs / calls, 3),
            runs: measurement.runs.map((r) => round(r / calls, 3)),
          }
        : measurement;
    const entry: StepResult = { id: step.id, label: step.label, ...timing };
    if (result) entry.detail = result;
    steps.push(entry);
    options.onStep?.(entry);
    if (step.id === "generate" && options.writeTo && ctx.text)
      writeFileSync(options.writeTo, ctx.text);
  }
  return {
    actors: options.actors,
    ties: ctx.dataset?.ties.length ?? 0,
    bytes: Buffer.byteLength(ctx.text ?? ""),
    peakRssMb: Math.max(0, ...steps.map((s) => s.peakRssMb ?? 0)),
    steps,
  };
}
