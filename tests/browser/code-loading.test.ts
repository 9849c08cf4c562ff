/**
 * Code loaded apart from the app: the drawing (cytoscape and the adapter),
 * and the import and export dialogs on first use. The network appears once
 * its code has loaded; when some code cannot be loaded, the page says so and
 * the rest keeps working.
 */
import type { Browser, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { screenshot, statusLine } from "./app-page.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const DRAWING_CHUNK = /\/assets\/(drawing|cytoscape)[^/]*\.js$/;

describe("loading the drawing", () => {
  it("fetches cytoscape as a script of its own, and draws the network with it", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const scripts: string[] = [];
    page.on("request", (r: Request) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(inject("baseUrl"));
    await statusLine(page).waitFor();
    await expect
      .poll(() => page.locator(".graph-canvas canvas").count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(scripts.some((s) => /\/assets\/start-app-[^/]*\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => DRAWING_CHUNK.test(s))).toBe(true);
    // the bundled dataset has no saved positions: fcose, loaded on its own, lays it out
    expect(scripts.some((s) => /\/assets\/fcose-layout-[^/]*\.js$/.test(s))).toBe(true);
    await page.close();
  });

  it("starts in stages whose scripts the page lists as module preloads, each fetched once", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const scripts: string[] = [];
    page.on("request", (r: Request) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    const response = await page.goto(inject("baseUrl"));
    await statusLine(page).waitFor();
    await expect
      .poll(() => page.locator(".graph-canvas canvas").count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    // listed in the page as served, so all download at once, not as each stage asks for them
    const html = (await response?.text()) ?? "";
    const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
      (m) => new URL(m[1]!, inject("baseUrl")).pathname,
    );
    for (const stage of ["react-runtime", "model-runtime", "start-app", "drawing", "cytoscape"])
      expect(preloads.some((p) => p.startsWith(`/assets/${stage}`))).toBe(true);
    // each preloaded script is one the page runs, fetched once: a preload the page could not
    // use (another CORS mode, say) would be fetched a second time by the import
    for (const p of preloads) expect(scripts.filter((s) => s === p)).toEqual([p]);
    expect(scripts.filter((s, i) => scripts.indexOf(s) !== i)).toEqual([]);
    await page.close();
  });

  it("leaves the metrics and the force layout to the workers: the page's own scripts lack them", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const bodies: Promise<string>[] = [];
    page.on("response", (r) => {
      // the workers' own scripts hold these libraries, and are left out
      const worker = /\.worker-[^/]*\.js$/.test(new URL(r.url()).pathname);
      if (r.request().resourceType() === "script" && !worker) bodies.push(r.text());
    });
    await page.goto(inject("baseUrl"));
    await statusLine(page).waitFor();
    await expect
      .poll(() => page.locator(".graph-canvas canvas").count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const texts = await Promise.all(bodies);
    expect(texts.length).toBeGreaterThan(2);
    // the libraries name themselves in their error messages, which minifying keeps
    for (const library of ["graphology-communities-louvain", "graphology-layout-forceatlas2"])
      expect(texts.filter((t) => t.includes(library))).toEqual([]);
    await page.close();
  });

  it("says so when the drawing cannot be loaded, and the filters and table still work", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.route(DRAWING_CHUNK, (route) => route.abort());
    await page.goto(inject("baseUrl"));
    const alert = page.getByRole("alert").filter({ hasText: /network cannot be shown/ });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/drawing could not be loaded/);
    await screenshot(page, "drawing-unavailable");
    const status = (await statusLine(page).textContent()) ?? "";
    const shown = Number(/Showing (\d+) of/.exec(status)?.[1]);
    expect(shown).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "Table" }).click();
    const table = page.getByRole("table", { name: /^Actors/ });
    await expect.poll(() => table.getByRole("row").count()).toBe(shown + 1);
    await page.close();
  });

  it("opens the export dialog on first use, and says so when it cannot be loaded", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    let blocked = 0;
    await page.route(/\/assets\/ExportDialog-[^/]*\.js$/, (route) => {
      blocked++;
      return route.abort();
    });
    await page.goto(inject("baseUrl"));
    await statusLine(page).waitFor();
    const before = await statusLine(page).textContent();
    // nothing of the dialog is fetched until it is asked for
    expect(blocked).toBe(0);
    await page.getByRole("button", { name: "Export…" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /export dialog could not be loaded/ });
    await alert.waitFor();
    expect(blocked).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Close" }).click();
    await alert.waitFor({ state: "detached" });
    expect(await statusLine(page).textContent()).toBe(before);
    // the import dialog is a separate piece, and still opens
    await page.getByRole("button", { name: "Import…" }).click();
    await page.getByRole("dialog", { name: /Import/ }).waitFor();
    await page.close();
  });
});
