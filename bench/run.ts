/**
 * `npm run bench` (full: 1k, 10k, 50k, 100k actors in Node; 1k, 10k, 50k in
 * the browser; writes docs/benchmarks.md and .json) and `npm run bench:quick`
 * (1k and 10k, fewer repetitions, no profiles; writes tests/.tmp/bench/).
 *
 * Options: --quick, --node-only, --out DIR, --sizes 1000,10000 (Node and browser),
 * --reuse-node, --reuse-browser (take an earlier run's results per size from tests/.tmp/bench/),
 * --report-only (rewrite benchmarks.md from the benchmarks.json in --out, keeping Findings).
 */
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runBrowserSide } from "./browser/run-browser.ts";
import { keptFindings, renderMarkdown } from "./report/markdown.ts";
import { computeRatios } from "./report/ratios.ts";
import { runNodeSide } from "./node/run-node.ts";
import type { BenchMeta, BenchResults } from "./results.ts";
import { round } from "./lib/stats.ts";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean" },
    "node-only": { type: "boolean" },
    out: { type: "string" },
    sizes: { type: "string" },
    "report-only": { type: "boolean" },
    "reuse-node": { type: "boolean" },
    "reuse-browser": { type: "boolean" },
  },
});
const quick = values.quick ?? false;
const TMP = path.resolve("tests/.tmp/bench");
const outDir = values.out ?? (quick ? TMP : "docs");
const chosen = values.sizes?.split(",").map(Number);
const nodeSizes = chosen ?? (quick ? [1000, 10000] : [1000, 10000, 50000, 100000]);
const browserSizes = chosen ?? (quick ? [1000, 10000] : [1000, 10000, 50000]);
const datasetPath = (n: number) => path.join(TMP, `tamyr-bench-${n}.json`);
mkdirSync(TMP, { recursive: true });
mkdirSync(outDir, { recursive: true });
const mdPath = path.join(outDir, "benchmarks.md");
if (values["report-only"]) {
  const saved = JSON.parse(
    readFileSync(path.join(outDir, "benchmarks.json"), "utf8"),
  ) as BenchResults;
  writeFileSync(mdPath, renderMarkdown(saved, keptFindings(mdPath)));
  process.stderr.write(`rewrote ${mdPath}\n`);
  process.exit(0);
}

const git = (cmd: string) => {
  try {
    return execSync(`git ${cmd}`, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
};
const meta: BenchMeta = {
  date: new Date().toISOString(),
  commit: git("rev-parse --short HEAD") || "unknown",
  uncommittedFiles: git("status --porcelain").split("\n").filter(Boolean).length,
  quick,
  node: process.version,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? "unknown",
  totalMemGb: round(os.totalmem() / 1024 ** 3),
  loadAverage: { start: round(os.loadavg()[0] ?? 0, 2) },
  generator: { tiesPerActor: 3, seed: 1 },
};

const node = await runNodeSide({
  sizes: nodeSizes,
  growthSizes: quick ? [500] : [2000, 5000],
  reps: (n) => (quick ? (n <= 1000 ? 2 : 1) : n <= 1000 ? 7 : n <= 10000 ? 5 : n <= 50000 ? 2 : 1),
  budgetMs: quick ? 15_000 : 180_000,
  tmpDir: TMP,
  datasetPath: (n) => (browserSizes.includes(n) ? datasetPath(n) : undefined),
  reuse: values["reuse-node"] ?? false,
});
const results: BenchResults = { meta, node };
if (!values["node-only"]) {
  results.browser = await runBrowserSide({
    sizes: browserSizes,
    reps: (n) => (quick || n > 1000 ? 1 : 2),
    datasetPath,
    tmpDir: TMP,
    profileSizes: quick ? [] : browserSizes.filter((n) => n >= 10000),
    adapterMaxActors: 10000,
    reuse: values["reuse-browser"] ?? false,
  });
  meta.chromium = results.browser.chromium;
  results.ratios = computeRatios(results.browser.sizes);
}
meta.loadAverage.end = round(os.loadavg()[0] ?? 0, 2);

writeFileSync(path.join(outDir, "benchmarks.json"), JSON.stringify(results, null, 2) + "\n");
writeFileSync(mdPath, renderMarkdown(results, keptFindings(mdPath)));
process.stderr.write(`wrote ${mdPath} and benchmarks.json\n`);
