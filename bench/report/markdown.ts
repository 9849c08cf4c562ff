/**
 * docs/benchmarks.md from the results. Everything above "## Findings" is
 * regenerated on each run; the Findings section, written by a person after
 * reading the profiles, is kept from the previous file.
 */
import { existsSync, readFileSync } from "node:fs";
import type { BenchResults } from "../results.ts";
import { browserSection } from "./browser-tables.ts";
import { nodeSection } from "./node-tables.ts";
import { table } from "./table.ts";

export const FINDINGS_HEADING = "## Findings";

const HOW = `## What was measured, and how

- **Data**: \`tamyr generate --actors N --ties-per-actor 3 --seed 1\` (src/core/generate/): communities of
  heavy-tailed sizes, preferential attachment mostly inside a community, quoted evidence on every actor
  and tie. Each size is generated afresh by the run.
- **Node side** (bench/node/): each size runs in its own \`node --expose-gc\` process. Each step runs
  several times (once for the O(n·m) steps from 5,000 actors up). The heap is collected twice before
  a step's first run, and not between its runs, which follow one another as repeated calls do (a full
  collection before every run makes V8 give up optimised code, so each run was partly a first run
  again). The *first run*, which also compiles, is reported on its own; the *time* is the median of the
  runs after it (the one run, where there is one). *Peak RSS* is the process's RSS high-water mark
  (VmHWM) over the step's runs, reset through /proc/self/clear_refs; *step's RSS rise* is the first
  run's peak above the RSS before it; *heap kept* is the heap the step's result still holds after a
  full GC. Metrics are the calls
  \`computeMetrics\` makes (graphology-metrics, graphology-communities-louvain on the simple undirected
  projection); \`computeMetrics\` itself is also timed, where it runs within the budget.
- **Browser side** (bench/browser/): the app built as \`npm run build\` builds it (into
  tests/.tmp/bench/app-dist, the generated files copied beside it) and served by vite's preview server,
  its files gzip-compressed once ahead of time as a static host serves them (bench/browser/precompressed.ts:
  the preview server otherwise compresses every response again, about 0.2 s of CPU for the 10k file and
  1 s for the 50k one, taken from the two cores the browser runs on), in headless Chromium (system binary through playwright-core, the browser tests' flags plus
  \`--use-angle=swiftshader --enable-unsafe-swiftshader\` for WebGL), viewport 1400×860. The app loads
  the generated file through its own \`?data=\` link, so load times run from **navigation start** (they
  include fetching the app and the file from localhost). Times are taken inside the page
  (bench/browser/probe.js): to the status line's DOM change, and to a *painted frame* (two
  requestAnimationFrame callbacks later); a filter click, a search keystroke and "Find paths" are timed
  the same way from the click or the keydown. A painted frame is not the end of the work: a renderer
  may go on drawing in later frames (the app draws a large graph in pieces). So each load and each
  filter click is also timed until the main thread has been **quiet** for a second (50 ms timers
  firing on time; *settled*), and the Long Animation Frames API gives the **longest frame** and the
  **longest script outside a paint** (any script but a requestAnimationFrame callback: the "UI never
  blocks for more than 200 ms outside a paint" target). A **cold** load lays the graph out
  (ForceAtlas2 in a worker); a **warm** load first puts the baselines' positions in the app's
  position cache (sessionStorage), so the app draws the same picture as the baselines. Heap: CDP
  \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`. Frames: requestAnimationFrame
  intervals during 12 wheel notches over the canvas, then a 20-step mouse drag from the canvas's empty
  corner; a gesture stops after 20 s (so very slow renderers show fewer frames). The path query runs
  from the best-connected actor to the newest one, k = 5.
- **Baselines** (bench/browser/pages/): the same elements (the app's \`buildElements\`) and positions
  (each community a disc, precomputed in Node), no app around them, all elements given to the
  renderer at once: cytoscape with its default style; cytoscape with the app's stylesheet and options
  (\`cytoscapeOptions\` in cytoscape-options.ts, the camera framed from positions as the app frames it);
  sigma over graphology (WebGL — here on SwiftShader, i.e. on the CPU, which penalises it); and the
  app's own \`CyAdapter\` without React, parsing or validation (filter = \`computeVisibility\` +
  \`applyVisibility\`; up to 10k actors). The filter hides the elements of the domain most actors
  have.
- **Profiles**: the CDP sampling profiler (0.5 ms) on an unminified build of the app, summarised by
  source module (from the bundle's module markers) and by function.
- **Caveat**: absolute figures depend on the machine and on whatever else runs on it (see the load
  average above); compare ratios, and compare runs on the same machine.
`;

function machine(r: BenchResults): string {
  const m = r.meta;
  return table(
    ["", ""],
    [
      ["date", m.date],
      [
        "commit",
        `${m.commit}${m.uncommittedFiles ? ` (+ ${m.uncommittedFiles} uncommitted files)` : ""}`,
      ],
      ["mode", m.quick ? "quick (1k and 10k, fewer repetitions)" : "full"],
      ["CPU", `${m.cpus} cores, ${m.cpuModel}`],
      ["memory", `${m.totalMemGb} GB`],
      ["Node", m.node],
      ["Chromium", m.chromium ?? "not run"],
      [
        "load average (1 min) at start / end",
        `${m.loadAverage.start} / ${m.loadAverage.end ?? "–"}`,
      ],
      ["generator", `${m.generator.tiesPerActor} ties per actor, seed ${m.generator.seed}`],
    ],
  );
}

/** The Findings section of an existing report, or a placeholder. */
export function keptFindings(path: string): string {
  if (existsSync(path)) {
    const text = readFileSync(path, "utf8");
    const at = text.indexOf(FINDINGS_HEADING);
    if (at >= 0) return text.slice(at).trimEnd() + "\n";
  }
  return `${FINDINGS_HEADING}\n\n_Not written yet: read the profiles above and say where the time goes._\n`;
}

export function renderMarkdown(r: BenchResults, findings: string): string {
  return [
    "# Benchmarks",
    "",
    "Generated by `npm run bench` (bench/run.ts); the machine-readable results are in",
    "`benchmarks.json` beside this file. Everything above **Findings** is rewritten by each run.",
    "",
    machine(r),
    "",
    HOW,
    nodeSection(r.node),
    r.browser ? browserSection(r.browser) : "_The browser side was not run._\n",
    findings,
  ].join("\n");
}
