/** The baseline pages in Chromium: first paint, hiding one domain, heap and frame times per renderer. */
import type { Browser, Page } from "playwright-core";
import { median, round } from "../lib/stats.ts";
import { heapMb, zoomAndPan, type FrameStats } from "./interact.ts";
import { PROBE_SCRIPT } from "./page-globals.ts";
import type { RendererName } from "./pages/renderers.ts";
import type { BrowserData } from "./prepare-data.ts";

export const BASELINES: { name: RendererName; label: string }[] = [
  { name: "cy-default", label: "cytoscape, default style" },
  { name: "cy-app", label: "cytoscape, app style and options, every tie an element" },
  { name: "sigma", label: "sigma (WebGL) over graphology" },
  { name: "cy-adapter", label: "the app's CyAdapter, no React" },
];

export interface BaselineResult {
  firstPaintMs: number;
  hideMs: number;
  showMs: number;
  /** The same, until the main thread has been quiet for a second (probe.js settle()). */
  firstPaintSettledMs: number;
  hideSettledMs: number;
  showSettledMs: number;
  heapMb: number;
  frames: { zoom: FrameStats; pan: FrameStats };
}

export async function measureBaseline(
  browser: Browser,
  pagesUrl: string,
  data: BrowserData,
  name: RendererName,
  reps: number,
): Promise<BaselineResult> {
  const paints: number[] = [];
  const hides: number[] = [];
  const shows: number[] = [];
  const settled = { paint: [] as number[], hide: [] as number[], show: [] as number[] };
  const settle = async (page: Page) => {
    const t0 = await page.evaluate(() => window.bench.startedAt());
    return (await page.evaluate((t) => window.__probe.settle(t), t0)).settledMs;
  };
  let heap = 0;
  let frames: BaselineResult["frames"] | null = null;
  for (let i = 0; i < reps; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.addInitScript({ path: PROBE_SCRIPT });
    page.on("pageerror", (error) => process.stderr.write(`${name} page error: ${error.message}\n`));
    await page.goto(`${pagesUrl}baseline.html`);
    const datasetUrl = name === "cy-adapter" ? data.datasetUrl : undefined;
    await page.evaluate(([u, d]) => window.bench.prepare(u, d), [
      data.dataUrl,
      datasetUrl,
    ] as const);
    paints.push(await page.evaluate((n) => window.bench.render(n), name));
    settled.paint.push(await settle(page));
    if (i === 0) heap = await heapMb(page);
    hides.push(await page.evaluate(() => window.bench.hide()));
    settled.hide.push(await settle(page));
    shows.push(await page.evaluate(() => window.bench.show()));
    settled.show.push(await settle(page));
    if (i === 0) frames = await zoomAndPan(page, "#graph");
    await page.close();
  }
  return {
    firstPaintMs: round(median(paints)),
    hideMs: round(median(hides)),
    showMs: round(median(shows)),
    firstPaintSettledMs: round(median(settled.paint)),
    hideSettledMs: round(median(settled.hide)),
    showSettledMs: round(median(settled.show)),
    heapMb: heap,
    frames: frames as BaselineResult["frames"],
  };
}
