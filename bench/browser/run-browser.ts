/**
 * The browser side over all sizes: builds the app (as `npm run build`), an
 * unminified copy for profiles and the baseline pages, serves them, and
 * measures the app and each baseline per size in one headless Chromium.
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { measureApp, openApp, loadFile, type AppResult } from "./app.ts";
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
  app: AppResult;
  baselines: Record<string, BaselineResult>;
  profiles?: Record<string, ProfileSummary>;
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
}

/** Profiles of a warm load, a filter click and a keystroke (the layout runs in a worker: not on this thread). */
async function profileApp(browser: Browser, url: string, data: BrowserData, index: ModuleIndex) {
  const out: Record<string, ProfileSummary> = {};
  const page = await openApp(browser, url);
  out.load = summarize((await profile(page, () => loadFile(page, data, true))).profile, index);
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
  const profileDir = path.join(options.tmpDir, "app-profile");
  const pagesDir = path.join(options.tmpDir, "pages-dist");
  process.stderr.write("browser: building the app, its unminified copy and the baseline pages\n");
  await buildApp();
  if (options.profileSizes.length > 0) await buildApp(profileDir, false);
  await buildPages(pagesDir);
  const servers: Served[] = [];
  const browser = await launchBenchBrowser();
  try {
    const app = await serve("dist");
    servers.push(app);
    const pages = await serve(pagesDir, PAGES_DIR);
    servers.push(pages);
    const profiled = options.profileSizes.length > 0 ? await serve(profileDir) : null;
    if (profiled) servers.push(profiled);
    const index = profiled ? indexBuild(profileDir) : new Map();
    const sizes: BrowserSizeResult[] = [];
    for (const actors of options.sizes) {
      const data = prepareBrowserData(options.datasetPath(actors), pagesDir);
      const reps = options.reps(actors);
      process.stderr.write(`browser: ${actors} actors — app\n`);
      const appResult = await measureApp(browser, app.url, data, reps);
      const baselines: Record<string, BaselineResult> = {};
      for (const b of BASELINES) {
        if (b.name === "cy-adapter" && actors > options.adapterMaxActors) continue;
        process.stderr.write(`browser: ${actors} actors — ${b.name}\n`);
        baselines[b.name] = await measureBaseline(browser, pages.url, data, b.name, reps);
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
      if (profiled && options.profileSizes.includes(actors)) {
        process.stderr.write(`browser: ${actors} actors — profiles\n`);
        result.profiles = await profileApp(browser, profiled.url, data, index);
      }
      sizes.push(result);
    }
    return { chromium: browser.version(), sizes };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}
