/**
 * The app, built and served, in Chromium: a generated file is opened with
 * the "Open file…" input. A cold load computes the layout (ForceAtlas2 in a
 * worker); a warm load starts from the baselines' positions, put in the
 * app's position cache first, so its figures compare with the baselines'.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { median, round } from "../lib/stats.ts";
import { heapMb, zoomAndPan, type FrameStats } from "./interact.ts";
import { PROBE_SCRIPT, type KeyTiming, type ToggleTiming } from "./page-globals.ts";
import type { BrowserData } from "./prepare-data.ts";

export interface AppResult {
  cold: {
    shownMs: number;
    paintedMs: number;
    layoutMs: number;
    layoutPaintedMs: number;
    /** Progress bar shown → gone: the worker's share of the layout. */
    workerMs: number;
    heapMb: number;
  };
  warm: { shownMs: number; paintedMs: number; heapMb: number };
  /** Unticking the largest domain, and ticking it again. */
  filterHide: { syncMs: number; shownMs: number; paintedMs: number };
  filterShow: { syncMs: number; shownMs: number; paintedMs: number };
  keystroke: { renderedMs: number; paintedMs: number; hits: number };
  frames: { zoom: FrameStats; pan: FrameStats };
}

const LOAD_TIMEOUT = 1_800_000;

export async function openApp(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.addInitScript({ path: PROBE_SCRIPT });
  page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
  await page.goto(url);
  await page
    .getByRole("status")
    .filter({ hasText: /^Showing/ })
    .waitFor();
  return page;
}

/** Opens the dataset file; with `positions`, from the app's position cache (no layout). */
export async function loadFile(page: Page, data: BrowserData, positions: boolean) {
  if (positions) {
    const key = `tamyr:positions:file:${path.basename(data.datasetPath)}`;
    await page.evaluate(([k, v]) => sessionStorage.setItem(k, v), [
      key,
      data.positionsJson,
    ] as const);
  }
  await page.evaluate((n) => window.__probe.expectLoad(n), data.actors);
  await page.getByLabel("Dataset file").setInputFiles(data.datasetPath);
  const load = await page.evaluate(() => window.__probe.fileLoaded());
  if (load.error) throw new Error(`app load: ${load.error}`);
  return load;
}

const medianOf = <T extends object>(runs: T[], key: keyof T) =>
  round(median(runs.map((r) => r[key] as number)));

async function coldRun(browser: Browser, url: string, data: BrowserData) {
  const page = await openApp(browser, url);
  const load = await loadFile(page, data, false);
  const layout = await page.evaluate((t) => window.__probe.layoutDone(t), LOAD_TIMEOUT);
  const heap = await heapMb(page);
  await page.close();
  return {
    ...load,
    layoutMs: layout.layoutMs,
    layoutPaintedMs: layout.paintedMs,
    workerMs: layout.workerMs,
    heapMb: heap,
  };
}

export async function measureApp(
  browser: Browser,
  url: string,
  data: BrowserData,
  reps: number,
): Promise<AppResult> {
  const colds = [];
  for (let i = 0; i < reps; i++) colds.push(await coldRun(browser, url, data));

  const warms = [];
  const hides: ToggleTiming[] = [];
  const shows: ToggleTiming[] = [];
  const keys: KeyTiming[] = [];
  let frames: AppResult["frames"] | null = null;
  let heap = 0;
  for (let i = 0; i < reps; i++) {
    const page = await openApp(browser, url);
    warms.push(await loadFile(page, data, true));
    if (i === 0) heap = await heapMb(page);
    hides.push(
      await page.evaluate((label) => window.__probe.toggleDomain(label), data.domainLabel),
    );
    shows.push(
      await page.evaluate((label) => window.__probe.toggleDomain(label), data.domainLabel),
    );
    if (i === 0) {
      const search = page.getByRole("combobox", { name: "Search actors" });
      await search.click();
      for (const ch of data.query) {
        await page.evaluate(() => window.__probe.armKeystroke());
        await page.keyboard.press(ch);
        keys.push(await page.evaluate(() => window.__probe.keystroke()));
      }
      await search.fill("");
      await search.press("Escape");
      frames = await zoomAndPan(page, ".graph-canvas");
    }
    await page.close();
  }
  const toggle = (runs: ToggleTiming[]) => ({
    syncMs: medianOf(runs, "syncMs"),
    shownMs: medianOf(runs, "shownMs"),
    paintedMs: medianOf(runs, "paintedMs"),
  });
  return {
    cold: {
      shownMs: medianOf(colds, "shownMs"),
      paintedMs: medianOf(colds, "paintedMs"),
      layoutMs: medianOf(colds, "layoutMs"),
      layoutPaintedMs: medianOf(colds, "layoutPaintedMs"),
      workerMs: medianOf(colds, "workerMs"),
      heapMb: medianOf(colds, "heapMb"),
    },
    warm: {
      shownMs: medianOf(warms, "shownMs"),
      paintedMs: medianOf(warms, "paintedMs"),
      heapMb: heap,
    },
    filterHide: toggle(hides),
    filterShow: toggle(shows),
    keystroke: {
      renderedMs: medianOf(keys, "renderedMs"),
      paintedMs: medianOf(keys, "paintedMs"),
      hits: keys[keys.length - 1]?.hits ?? 0,
    },
    frames: frames as AppResult["frames"],
  };
}
