/**
 * The browser side of the benchmark (bench/browser/) on a small network in
 * real Chromium, so that the suite cannot rot: the app and every baseline
 * must produce figures, and the report must render them. The network is
 * just above the level-of-detail threshold, so the app's large-graph path
 * (validation in a worker, drawing in pieces, the overview tie layer) is
 * what is measured.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBrowserSide } from "../../bench/browser/run-browser.ts";
import { browserSection } from "../../bench/report/browser-tables.ts";
import { computeRatios } from "../../bench/report/ratios.ts";
import { count } from "../../bench/report/table.ts";
import { LARGE_GRAPH } from "../../src/app/graph/drawing-thresholds.ts";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { datasetJsonText } from "../../src/core/generate/serialize.ts";

const ACTORS = LARGE_GRAPH + 100;
const TMP = path.resolve("tests/.tmp/bench-smoke");

describe("browser benchmark smoke test", () => {
  it("measures the app and every baseline, and renders the report", async () => {
    mkdirSync(TMP, { recursive: true });
    const file = path.join(TMP, `tamyr-bench-${ACTORS}.json`);
    writeFileSync(
      file,
      datasetJsonText(generateDataset({ actors: ACTORS, tiesPerActor: 3, seed: 1 })),
    );
    const side = await runBrowserSide({
      sizes: [ACTORS],
      reps: () => 1,
      datasetPath: () => file,
      tmpDir: TMP,
      profileSizes: [],
      adapterMaxActors: ACTORS,
    });
    const size = side.sizes[0]!;
    expect(size.errors).toBeUndefined();
    const app = size.app!;
    const figures = [
      app.cold.paintedMs,
      app.cold.layoutMs,
      app.warm.paintedMs,
      app.warm.settledMs,
      app.filterHide.paintedMs,
      app.filterShow.paintedMs,
      app.keystroke.paintedMs,
      app.paths.paintedMs,
    ];
    for (const f of figures) {
      expect(Number.isFinite(f)).toBe(true);
      expect(f).toBeGreaterThan(0);
    }
    expect(app.paths.found).toBeGreaterThan(0);
    expect(app.frames.pan.frames).toBeGreaterThan(3);
    expect(Object.keys(size.baselines).sort()).toEqual([
      "cy-adapter",
      "cy-app",
      "cy-default",
      "sigma",
    ]);
    for (const b of Object.values(size.baselines)) {
      expect(b.firstPaintMs).toBeGreaterThan(0);
      expect(b.firstPaintSettledMs).toBeGreaterThanOrEqual(b.firstPaintMs - 1);
    }
    const ratios = computeRatios(side.sizes);
    expect(ratios[String(ACTORS)]?.firstPaint?.sigma).toBeGreaterThan(0);
    const markdown = browserSection(side);
    expect(markdown).toContain(`### ${count(ACTORS)} actors`);
    expect(markdown).toContain("path query");
  }, 600_000);
});
