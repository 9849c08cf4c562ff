/**
 * The browser side over all sizes: builds the app (as `npm run build` does,
 * into tests/.tmp/bench/app-dist, with the datasets copied beside it), an
 * unminified copy for profiles and the baseline pages, serves them, and
 * measures the app and each baseline per size in one headless Chromium.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { DATA_DIR, measureApp, openApp, loadFile, type AppResult } from "./app.ts";
import { BASELINES, measureBaseline, type BaselineResult } from "./baselines.ts";
import { launchBenchBrowser } from "./launch.ts";
import { prepareBrowserData, type BrowserData } from "./prepare-data.ts";
import {
  indexBuild,
  profile,
  summarize,
  type ModuleIndex,
  type ProfileSummary,
} from "./profile.ts";
import { buildApp, buildPages, PAGES_DIR, serve, type Served } from "./servers.ts";

export interface BrowserSizeResult {
  actors: number;
  ties: number;
  hiddenActors: number;
  domain: string;
  query: string;
  /** Null when the app failed at this size (see `errors`). */
  app: AppResult | null;
  baselines: Record<string, BaselineResult>;
  profiles?: Record<string, ProfileSummary>;
  /** What failed, by measurement: the run goes on without it. */
  errors?: Record<string, string>;
}

async function attempt<T>(errors: Record<string, string>, what: string, run: () => Promise<T>) {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors[what] = message.split("\n")[0] ?? message;
    process.stderr.write(`browser: ${what} failed: ${errors[what]}\n`);
    return null;
  }
}

export interface BrowserSide {
  chromium: string;
  sizes: BrowserSizeResult[];
}

export interface BrowserSideOptions {
  sizes: number[];
  reps: (actors: number) => number;
  datasetPath: (actors: number) => string;
  tmpDir: string;
  profileSizes: number[];
  /** The CyAdapter baseline costs as much as the app: run it up to this size. */
  adapterMaxActors: number;
  /** Take a size's result from an earlier run's tests/.tmp/bench/browser-N.json when there is one. */
  reuse?: boolean;
}

/** Profiles of a warm load, a filter click and a keystroke (the layout runs in a worker: not on this thread). */
async function profileApp(browser: Browser, url: string, data: BrowserData, index: ModuleIndex) {
  const out: Record<string, ProfileSummary> = {};
  const page = await openApp(browser, url, data, true);
  out.load = summarize((await profile(page, () => loadFile(page, url, data))).profile, index);
  const click = () =>
    page.evaluate((label) => window.__probe.toggleDomain(label), data.domainLabel);
  out.filter = summarize((await profile(page, click)).profile, index);
  await click();
  const search = page.getByRole("combobox", { name: "Search actors" });
  await search.click();
  await page.keyboard.type(data.query.slice(0, -1));
  const key = async () => {
    await page.evaluate(() => window.__probe.armKeystroke());
    await page.keyboard.press(data.query.slice(-1));
    return page.evaluate(() => window.__probe.keystroke());
  };
  out.keystroke = summarize((await profile(page, key)).profile, index);
  await page.close();
  return out;
}

export async function runBrowserSide(options: BrowserSideOptions): Promise<BrowserSide> {
  const appDir = path.join(options.tmpDir, "app-dist");
  const profileDir = path.join(options.tmpDir, "app-profile");
  const pagesDir = path.join(options.tmpDir, "pages-dist");
  process.stderr.write("browser: building the app, its unminified copy and the baseline pages\n");
  await buildApp(appDir);
  if (options.profileSizes.length > 0) await buildApp(profileDir, false);
  await buildPages(pagesDir);
  const servers: Served[] = [];
  const browser = await launchBenchBrowser();
  try {
    for (const actors of options.sizes) {
      for (const dir of [appDir, profileDir]) {
        mkdirSync(path.join(dir, DATA_DIR), { recursive: true });
        const file = options.datasetPath(actors);
        copyFileSync(file, path.join(dir, DATA_DIR, path.basename(file)));
      }
    }
    const app = await serve(appDir);
    servers.push(app);
    const pages = await serve(pagesDir, PAGES_DIR);
    servers.push(pages);
    const profiled = options.profileSizes.length > 0 ? await serve(profileDir) : null;
    if (profiled) servers.push(profiled);
    const index = profiled ? indexBuild(profileDir) : new Map();
    const sizes: BrowserSizeResult[] = [];
    for (const actors of options.sizes) {
      const saved = path.join(options.tmpDir, `browser-${actors}.json`);
      if (options.reuse && existsSync(saved)) {
        process.stderr.write(`browser: reusing ${saved}\n`);
        sizes.push(JSON.parse(readFileSync(saved, "utf8")) as BrowserSizeResult);
        continue;
      }
      const data = prepareBrowserData(options.datasetPath(actors), pagesDir);
      const reps = options.reps(actors);
      process.stderr.write(`browser: ${actors} actors — app\n`);
      const errors: Record<string, string> = {};
      const appResult = await attempt(errors, "app", () =>
        measureApp(browser, app.url, data, reps),
      );
      const baselines: Record<string, BaselineResult> = {};
      for (const b of BASELINES) {
        if (b.name === "cy-adapter" && actors > options.adapterMaxActors) continue;
        process.stderr.write(`browser: ${actors} actors — ${b.name}\n`);
        const r = await attempt(errors, b.name, () =>
          measureBaseline(browser, pages.url, data, b.name, reps),
        );
        if (r) baselines[b.name] = r;
      }
      const result: BrowserSizeResult = {
        actors,
        ties: data.ties,
        hiddenActors: data.hiddenActors,
        domain: data.domain,
        query: data.query,
        app: appResult,
        baselines,
      };
      if (profiled && appResult && options.profileSizes.includes(actors)) {
        process.stderr.write(`browser: ${actors} actors — profiles\n`);
        const p = await attempt(errors, "profiles", () =>
          profileApp(browser, profiled.url, data, index),
        );
        if (p) result.profiles = p;
      }
      if (Object.keys(errors).length > 0) result.errors = errors;
      sizes.push(result);
      writeFileSync(saved, JSON.stringify(result));
    }
    return { chromium: browser.version(), sizes };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}
