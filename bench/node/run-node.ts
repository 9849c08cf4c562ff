/**
 * The Node side over all sizes: one child process per size (with
 * --expose-gc), smallest first. Before each size the O(n·m) steps'
 * times are predicted from a power-law fit of the sizes measured so far
 * (plus a few small growth sizes); a step predicted to exceed the budget is
 * skipped and its prediction reported as an estimate.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fitPowerLaw, predict, round, type PowerFit } from "../lib/stats.ts";
import { HEAVY_STEPS } from "./steps.ts";
import type { NodeSizeResult } from "./suite.ts";

/** Growth exponent assumed while only one size has been measured (Brandes is O(n·m), m ∝ n). */
export const DEFAULT_EXPONENT = 2.3;
/** The least exponent believed: O(n·m) with m ∝ n is at least n². */
export const MIN_EXPONENT = 2;

export interface NodeSideOptions {
  sizes: number[];
  growthSizes: number[];
  reps: (actors: number) => number;
  /** A heavy step predicted to take longer than this (ms) is skipped. */
  budgetMs: number;
  tmpDir: string;
  /** Dataset files to keep for the browser side, by size. */
  datasetPath: (actors: number) => string | undefined;
  /** Take each size's result from an earlier run's file in tmpDir when there is one. */
  reuse?: boolean;
}

export interface NodeSide {
  sizes: NodeSizeResult[];
  /** Sizes run only for the heavy steps, to measure their growth. */
  growth: NodeSizeResult[];
  /** ms ≈ a · actors^b for each heavy step, from every measured size. */
  fits: Record<string, (PowerFit & { clamped?: boolean }) | null>;
  budgetMs: number;
}

function runChild(args: string[], out: string, reuse: boolean): Promise<NodeSizeResult> {
  if (reuse && existsSync(out)) {
    process.stderr.write(`  reusing ${out}\n`);
    return Promise.resolve(JSON.parse(readFileSync(out, "utf8")) as NodeSizeResult);
  }
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      "--max-old-space-size=8192",
      "--import",
      "tsx",
      "bench/node/child.ts",
      ...args,
      "--out",
      out,
    ],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`benchmark child ${args.join(" ")} exited ${code}`));
      else resolve(JSON.parse(readFileSync(out, "utf8")) as NodeSizeResult);
    });
  });
}

function fitsFrom(results: NodeSizeResult[]): NodeSide["fits"] {
  const fits: NodeSide["fits"] = {};
  for (const id of HEAVY_STEPS) {
    const points = results.flatMap((r) =>
      r.steps
        .filter((s) => s.id === id && s.ms !== undefined)
        .map((s) => ({ n: r.actors, ms: s.ms as number })),
    );
    const fit = fitPowerLaw(points);
    fits[id] = fit;
    if (fit && fit.b < MIN_EXPONENT) {
      // below n² the fit reflects warm-up noise at small sizes, not the algorithm:
      // take n² through the largest measured size
      const largest = points.reduce((a, b) => (b.n > a.n ? b : a));
      fits[id] = { a: largest.ms / largest.n ** MIN_EXPONENT, b: MIN_EXPONENT, clamped: true };
    }
    const only = points[0];
    if (!fits[id] && only)
      fits[id] = { a: only.ms / only.n ** DEFAULT_EXPONENT, b: DEFAULT_EXPONENT };
  }
  return fits;
}

function plannedSkips(fits: Record<string, PowerFit | null>, actors: number, budgetMs: number) {
  const skip: Record<string, { reason: string; estimateMs?: number }> = {};
  const estimate = (id: string) => {
    const fit = fits[id];
    return fit ? predict(fit, actors) : 0;
  };
  for (const id of ["betweenness", "closeness"]) {
    const ms = estimate(id);
    if (ms > budgetMs)
      skip[id] = {
        reason: `estimated over the ${budgetMs / 1000} s budget`,
        estimateMs: round(ms, 0),
      };
  }
  const all = estimate("betweenness") + estimate("closeness");
  if (all > budgetMs)
    skip["metrics-all"] = { reason: "runs betweenness and closeness", estimateMs: round(all, 0) };
  return skip;
}

export async function runNodeSide(options: NodeSideOptions): Promise<NodeSide> {
  const growth: NodeSizeResult[] = [];
  for (const actors of options.growthSizes) {
    process.stderr.write(`node: growth size ${actors}\n`);
    const out = path.join(options.tmpDir, `node-growth-${actors}.json`);
    growth.push(
      await runChild(
        ["--actors", String(actors), "--reps", "3", "--only", HEAVY_STEPS.join(",")],
        out,
        options.reuse ?? false,
      ),
    );
  }
  const sizes: NodeSizeResult[] = [];
  for (const actors of options.sizes) {
    const skip = plannedSkips(fitsFrom([...growth, ...sizes]), actors, options.budgetMs);
    process.stderr.write(
      `node: ${actors} actors${Object.keys(skip).length ? ` (skipping ${Object.keys(skip).join(", ")})` : ""}\n`,
    );
    const args = [
      "--actors",
      String(actors),
      "--reps",
      String(options.reps(actors)),
      "--skip",
      JSON.stringify(skip),
    ];
    const keep = options.datasetPath(actors);
    if (keep) args.push("--write", keep);
    sizes.push(
      await runChild(
        args,
        path.join(options.tmpDir, `node-${actors}.json`),
        options.reuse ?? false,
      ),
    );
  }
  return { sizes, growth, fits: fitsFrom([...growth, ...sizes]), budgetMs: options.budgetMs };
}
