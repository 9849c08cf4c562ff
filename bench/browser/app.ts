/**
 * The app, built and served, in Chromium. The generated file is loaded with
 * the app's own `?data=` link: opening it with the "Open file…" input over
 * the bundled dataset currently throws in CyAdapter.syncDataset (an adapter
 * used after destroy), and the header exists only once a dataset is shown.
 * A cold load computes the layout (ForceAtlas2 in a
 * worker); a warm load starts from the baselines' positions, put in the
 * app's position cache first, so its figures compare with the baselines'.
 */
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { median, round } from "../lib/stats.ts";
import { heapMb, zoomAndPan, type FrameStats } from "./interact.ts";
import { PROBE_SCRIPT, type KeyTiming, type Settled, type ToggleTiming } from "./page-globals.ts";
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
    /** Longest script outside a paint callback from navigation to the laid-out graph, and the longest frame. */
    longestScriptMs: number;
    longestFrameMs: number;
  };
  warm: {
    shownMs: number;
    paintedMs: number;
    /** Until the main thread has been quiet for a second: the renderer's deferred drawing included. */
    settledMs: number;
    longestScriptMs: number;
    longestFrameMs: number;
    heapMb: number;
  };
  /** Unticking the largest domain, and ticking it again. */
  filterHide: ToggleResult;
  filterShow: ToggleResult;
  keystroke: { renderedMs: number; paintedMs: number; hits: number };
  /** The Paths tab: opening it (its panel hands the dataset to the analysis worker), then one query. */
  paths: {
    openMs: number;
    shownMs: number;
    paintedMs: number;
    found: number;
    longestScriptMs: number;
  };
  frames: { zoom: FrameStats; pan: FrameStats };
}

export interface ToggleResult {
  syncMs: number;
  shownMs: number;
  paintedMs: number;
  settledMs: number;
  longestScriptMs: number;
  longestFrameMs: number;
}

const LOAD_TIMEOUT = 1_800_000;

/** Where the bench copies datasets inside the served build: the app loads them with ?data=. */
export const DATA_DIR = "bench-data";

/**
 * Opens the app on the dataset file through its own `?data=` link (a path on
 * the same site), timed from navigation start; with `positions`, the
 * baselines' positions are put in the app's position cache first.
 */
export async function openApp(
  browser: Browser,
  url: string,
  data: BrowserData,
  positions: boolean,
) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on("pageerror", (error) =>
    process.stderr.write(`page error: ${error.stack?.split("\n").slice(0, 6).join("\n")}\n`),
  );
  // only the app's origin: a blank same-origin page first keeps CDP sessions across the load
  await page.goto(`${url}${DATA_DIR}/`);
  const setup = await loadScript(data, positions);
  await page.addInitScript({ content: setup });
  await page.addInitScript({ path: PROBE_SCRIPT });
  return page;
}

async function loadScript(data: BrowserData, positions: boolean): Promise<string> {
  const dataUrl = `${DATA_DIR}/${path.basename(data.datasetPath)}`;
  const key = `tamyr:positions:url:${dataUrl}`;
  const cache = positions
    ? `sessionStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(data.positionsJson)});`
    : `sessionStorage.removeItem(${JSON.stringify(key)});`;
  return `if (location.search.includes("data=")) { window.__benchExpect = ${data.actors}; ${cache} }`;
}

export const appLink = (url: string, data: BrowserData) =>
  `${url}?data=${DATA_DIR}/${path.basename(data.datasetPath)}`;

/** Navigates to the dataset link; ms from navigation start to the full status line and to a painted frame. */
export async function loadFile(page: Page, url: string, data: BrowserData) {
  await page.goto(appLink(url, data));
  const load = await page.evaluate(() => window.__probe.fileLoaded());
  if (load.error) throw new Error(`app load: ${load.error}`);
  return load;
}

const medianOf = <T extends object>(runs: T[], key: keyof T) =>
  round(median(runs.map((r) => r[key] as number)));
const maxOf = <T extends object>(runs: T[], key: keyof T) =>
  round(Math.max(0, ...runs.map((r) => r[key] as number)));

async function coldRun(browser: Browser, url: string, data: BrowserData) {
  const page = await openApp(browser, url, data, false);
  const load = await loadFile(page, url, data);
  const layout = await page.evaluate((t) => window.__probe.layoutDone(t), LOAD_TIMEOUT);
  const settled = await page.evaluate(() => window.__probe.settle(0));
  const heap = await heapMb(page);
  await page.close();
  return {
    ...load,
    layoutMs: layout.layoutMs,
    layoutPaintedMs: layout.paintedMs,
    workerMs: layout.workerMs,
    heapMb: heap,
    longestScriptMs: settled.longestScriptMs,
    longestFrameMs: settled.longestFrameMs,
  };
}

/** Clicks the domain's checkbox, then waits for the page to settle. */
async function toggle(page: Page, label: string) {
  const timing = await page.evaluate((l) => window.__probe.toggleDomain(l), label);
  const settled = await page.evaluate((t0) => window.__probe.settle(t0), timing.startedAt);
  return { ...timing, ...settled };
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
  const hides: (ToggleTiming & Settled)[] = [];
  const shows: (ToggleTiming & Settled)[] = [];
  const keys: KeyTiming[] = [];
  let frames: AppResult["frames"] | null = null;
  let paths: AppResult["paths"] | null = null;
  let heap = 0;
  for (let i = 0; i < reps; i++) {
    const page = await openApp(browser, url, data, true);
    const load = await loadFile(page, url, data);
    warms.push({ ...load, ...(await page.evaluate(() => window.__probe.settle(0))) });
    if (i === 0) heap = await heapMb(page);
    hides.push(await toggle(page, data.domainLabel));
    shows.push(await toggle(page, data.domainLabel));
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
      paths = await pathQuery(page, data);
    }
    await page.close();
  }
  const toggleResult = (runs: (ToggleTiming & Settled)[]): ToggleResult => ({
    syncMs: medianOf(runs, "syncMs"),
    shownMs: medianOf(runs, "shownMs"),
    paintedMs: medianOf(runs, "paintedMs"),
    settledMs: medianOf(runs, "settledMs"),
    longestScriptMs: maxOf(runs, "longestScriptMs"),
    longestFrameMs: maxOf(runs, "longestFrameMs"),
  });
  return {
    cold: {
      shownMs: medianOf(colds, "shownMs"),
      paintedMs: medianOf(colds, "paintedMs"),
      layoutMs: medianOf(colds, "layoutMs"),
      layoutPaintedMs: medianOf(colds, "layoutPaintedMs"),
      workerMs: medianOf(colds, "workerMs"),
      heapMb: medianOf(colds, "heapMb"),
      longestScriptMs: maxOf(colds, "longestScriptMs"),
      longestFrameMs: maxOf(colds, "longestFrameMs"),
    },
    warm: {
      shownMs: medianOf(warms, "shownMs"),
      paintedMs: medianOf(warms, "paintedMs"),
      settledMs: medianOf(warms, "settledMs"),
      longestScriptMs: maxOf(warms, "longestScriptMs"),
      longestFrameMs: maxOf(warms, "longestFrameMs"),
      heapMb: heap,
    },
    filterHide: toggleResult(hides),
    filterShow: toggleResult(shows),
    keystroke: {
      renderedMs: medianOf(keys, "renderedMs"),
      paintedMs: medianOf(keys, "paintedMs"),
      hits: keys[keys.length - 1]?.hits ?? 0,
    },
    frames: frames as AppResult["frames"],
    paths: paths as AppResult["paths"],
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Types an actor's name in a path end's box and picks the actor (told apart by id from namesakes). */
async function pickEnd(finder: Locator, label: string, id: string, name: string): Promise<void> {
  await finder.getByRole("combobox", { name: label, exact: true }).fill(name);
  const options = finder
    .getByRole("listbox", { name: `${label}: actors and groups` })
    .getByRole("option");
  const byId = options.filter({ hasText: new RegExp(`${escapeRegExp(id)}$`) });
  const byName = options.filter({ hasText: new RegExp(`^${escapeRegExp(name)}`) });
  await options.first().waitFor();
  await ((await byId.count()) > 0 ? byId : byName).first().click();
}

/** Opens the Paths tab, picks the two ends, and times "Find paths" to its results. */
export async function pathQuery(page: Page, data: BrowserData): Promise<AppResult["paths"]> {
  const t0 = Date.now();
  await page.getByRole("tab", { name: "Paths" }).click();
  const finder = page.getByRole("complementary", { name: "Path finder" });
  await finder.getByRole("button", { name: "Find paths" }).waitFor();
  const openMs = Date.now() - t0;
  await pickEnd(finder, "From", data.pathFrom, data.pathFromName);
  await pickEnd(finder, "To", data.pathTo, data.pathToName);
  const timing = await page.evaluate(() => window.__probe.findPaths());
  const settled = await page.evaluate((t) => window.__probe.settle(t), timing.startedAt);
  return {
    openMs,
    shownMs: round(timing.shownMs),
    paintedMs: round(timing.paintedMs),
    found: timing.found,
    longestScriptMs: round(settled.longestScriptMs),
  };
}
