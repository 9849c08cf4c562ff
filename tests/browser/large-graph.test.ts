/**
 * A large network (above the level-of-detail threshold) opened from a file:
 * checked in a worker, drawn in pieces, ties stroked by the overview layer
 * and thinned by filters, actors still found, inspected and listed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LARGE_GRAPH } from "../../src/app/graph/drawing-thresholds.ts";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { datasetJsonText } from "../../src/core/generate/serialize.ts";
import { WORKER_THRESHOLD } from "../../src/app/state/parse-in-worker.ts";
import { launchChromium } from "./chromium.ts";
import { canvasPixels, openApp, screenshot, statusLine } from "./app-page.ts";

const ACTORS = 2500;
const dataset = generateDataset({ actors: ACTORS, tiesPerActor: 3, seed: 11 });
const FILE = "tests/.tmp/large-graph-2500.json";

let browser: Browser;
beforeAll(async () => {
  mkdirSync("tests/.tmp", { recursive: true });
  const text = datasetJsonText(dataset);
  writeFileSync(FILE, text);
  // the premises of this test: level of detail on, validation in the worker
  expect(ACTORS).toBeGreaterThan(LARGE_GRAPH);
  expect(text.length).toBeGreaterThan(WORKER_THRESHOLD);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Pixels drawn on (alpha > 0) by the overview tie layer alone, or by every
 * canvas of the graph (the layer and cytoscape's) together.
 */
function inkedPixels(page: Page, which: "layer" | "all" | "cytoscape" = "layer"): Promise<number> {
  const canvases = {
    layer: "canvas.tie-layer",
    all: ".graph-canvas canvas",
    cytoscape: ".graph-canvas canvas:not(.tie-layer)",
  };
  return canvasPixels(page, canvases[which], 1);
}

/** Waits until the drawing is steady (the tie layer redraws after the camera rests). */
async function steadyInk(
  page: Page,
  which: "layer" | "all" | "cytoscape" = "layer",
): Promise<number> {
  let last = -2;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await inkedPixels(page, which);
    if (now === last && now > 0) return now;
    last = now;
  }
  return last;
}

/** Fully opaque pixels over the graph's canvases once the drawing is steady (faded elements are not). */
async function steadyOpaque(page: Page): Promise<number> {
  let last = -2;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const now = await canvasPixels(page, ".graph-canvas canvas", 250);
    if (now === last) return now;
    last = now;
  }
  return last;
}

async function openLarge(): Promise<Page> {
  const page = await openApp(browser);
  await page.getByLabel("Dataset file").setInputFiles(FILE);
  await expect
    .poll(() => statusLine(page).textContent(), { timeout: 60_000 })
    .toMatch(new RegExp(`^Showing ${ACTORS} of ${ACTORS} actors · ${dataset.ties.length} of`));
  // drawing in pieces: the canvas says it is busy until every actor is drawn
  await page.locator(".graph-canvas[aria-busy=false]").waitFor({ timeout: 60_000 });
  return page;
}

describe("a large network", () => {
  it("is drawn with every shown tie on the overview layer, and a filter thins it", async () => {
    const page = await openLarge();
    expect(await page.getByRole("progressbar").filter({ hasText: "Drawing" }).count()).toBe(0);
    // a file without positions is laid out in a worker, with progress; the ties follow the actors
    await page.getByRole("progressbar").filter({ hasText: "Computing layout" }).waitFor({
      state: "detached",
      timeout: 60_000,
    });
    // the layout follows the ties: actors with a tie between them end up far closer than others
    const positions = await page.evaluate(() => {
      // the session keeps positions per dataset: this one's are the largest
      const saved = Object.keys(sessionStorage)
        .filter((k) => k.startsWith("tamyr:positions:"))
        .map((k) => JSON.parse(sessionStorage.getItem(k) ?? "{}") as object);
      return saved.sort((a, b) => Object.keys(b).length - Object.keys(a).length)[0] as Record<
        string,
        { x: number; y: number }
      >;
    });
    expect(Object.keys(positions).length).toBe(ACTORS);
    const gap = (a: string, b: string) =>
      Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    const tied = mean(dataset.ties.map((t) => gap(t.source, t.target)));
    const ids = dataset.actors.map((a) => a.id);
    const any = mean(ids.map((id, i) => gap(id, ids[(i * 7919 + 13) % ids.length]!)));
    expect(tied).toBeLessThan(any * 0.5);
    // zoomed out over 2,500 actors: the ties are the overview layer's
    const layer = await steadyInk(page);
    expect(layer).toBeGreaterThan(10_000);
    const all = await steadyInk(page, "all");
    const actorsBefore = await inkedPixels(page, "cytoscape");
    await screenshot(page, "large-graph");

    await page.getByRole("button", { name: "Only State", exact: true }).click();
    await expect.poll(() => statusLine(page).textContent()).not.toMatch(/^Showing 2500 of 2500/);
    const fewer = await steadyInk(page, "all");
    // cytoscape, which holds its drawing while a filter change is applied, has drawn again
    expect(await steadyInk(page, "cytoscape")).not.toBe(actorsBefore);
    expect(fewer).toBeGreaterThan(0);
    // an eighth of the actors are left, but the view then fits them: drawn larger, their ties in
    // full, so the ink does not fall in proportion (about half, depending on the canvas's size)
    expect(fewer).toBeLessThan(all * 0.6);
    await page.close();
  });

  it("exports figures with the overview layer's ties: an SVG line for each tie in view", async () => {
    const page = await openLarge();
    await page.getByRole("progressbar").filter({ hasText: "Computing layout" }).waitFor({
      state: "detached",
      timeout: 60_000,
    });
    await steadyInk(page);
    await page.getByRole("button", { name: "Export…" }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download SVG" }).click(),
    ]);
    const saved = "tests/.tmp/large-graph-figure.svg";
    await file.saveAs(saved);
    const svg = readFileSync(saved, "utf8");
    const lines = svg.match(/<line /g)?.length ?? 0;
    // the whole network is in view: every tie is drawn, by the layer or by cytoscape
    expect(lines).toBeGreaterThanOrEqual(dataset.ties.length * 0.95);
    expect(lines).toBeLessThanOrEqual(dataset.ties.length + 50);
    await page.close();
  });

  it("draws with the canvas automatically without a graphics card, and with WebGL on request", async () => {
    const page = await openLarge();
    const renderer = page.getByRole("combobox", { name: "Renderer" });
    expect(await renderer.inputValue()).toBe("auto");
    // headless Chromium's WebGL is SwiftShader, a CPU emulation: automatic means canvas
    expect(await renderer.locator("option:checked").textContent()).toBe("Automatic (canvas)");
    const webglLayers = () =>
      page.evaluate(() => document.querySelectorAll(".graph-canvas canvas[data-id$=webgl]").length);
    expect(await webglLayers()).toBe(0);

    await renderer.selectOption("webgl");
    await page.locator(".graph-canvas[aria-busy=false]").waitFor({ timeout: 60_000 });
    expect(await webglLayers()).toBe(1);
    expect(await statusLine(page).textContent()).toMatch(/^Showing 2500 of 2500 actors/);
    // the overview layer still carries the ties
    expect(await steadyInk(page)).toBeGreaterThan(10_000);
    await page.reload();
    await statusLine(page).waitFor();
    expect(await page.getByRole("combobox", { name: "Renderer" }).inputValue()).toBe("webgl");
    await page.getByRole("combobox", { name: "Renderer" }).selectOption("auto");
    await page.close();
  });

  it("highlights a path and fades the rest of the network, then clears it", async () => {
    // two hops between actors whose names no other actor shares, and no tie between the ends
    const names = new Map<string, number>();
    for (const a of dataset.actors) names.set(a.name, (names.get(a.name) ?? 0) + 1);
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    const unique = (id: string) => names.get(byId.get(id)!.name) === 1;
    const tied = (x: string, y: string) =>
      dataset.ties.some(
        (t) => (t.source === x && t.target === y) || (t.source === y && t.target === x),
      );
    let ends: [string, string] | undefined;
    for (const first of dataset.ties) {
      const second = dataset.ties.find(
        (t) => t.source === first.target && t.target !== first.source && unique(t.target),
      );
      if (second && unique(first.source) && !tied(first.source, second.target)) {
        ends = [byId.get(first.source)!.name, byId.get(second.target)!.name];
        break;
      }
    }
    expect(ends).toBeDefined();
    const page = await openLarge();
    await page.getByRole("progressbar").filter({ hasText: "Computing layout" }).waitFor({
      state: "detached",
      timeout: 60_000,
    });
    const before = await steadyOpaque(page);
    await page.getByRole("tab", { name: "Paths" }).click();
    const finder = page.getByRole("complementary", { name: "Path finder" });
    for (const [label, name] of [
      ["From", ends![0]],
      ["To", ends![1]],
    ] as const) {
      const box = finder.getByRole("combobox", { name: label, exact: true });
      await box.fill(name);
      await finder
        .getByRole("option", { name: new RegExp(`^${name}`) })
        .first()
        .click();
      await expect.poll(() => box.inputValue()).toBe(name);
    }
    await finder.getByRole("button", { name: "Find paths" }).click();
    await expect
      .poll(() => statusLine(page).textContent(), { timeout: 30_000 })
      .toMatch(/path highlighted \(3 actors\)/);
    // everything off the path is faded: far fewer pixels stay fully opaque
    expect(await steadyOpaque(page)).toBeLessThan(before * 0.5);
    await screenshot(page, "large-graph-path");
    await finder.getByRole("button", { name: "Clear" }).click();
    // Clear forgets the paths found, and their highlight
    await expect.poll(() => statusLine(page).textContent()).not.toMatch(/path highlighted/);
    expect(await finder.getByRole("list", { name: "Paths found" }).count()).toBe(0);
    expect(await steadyOpaque(page)).toBeGreaterThan(before * 0.8);
    await page.close();
  });

  it("finds an actor by name and shows its ties with their evidence", async () => {
    const page = await openLarge();
    const actor = dataset.actors[42]!;
    const search = page.getByRole("combobox", { name: "Search actors" });
    await search.fill(actor.name);
    await page
      .getByRole("option", { name: new RegExp(actor.name) })
      .first()
      .click();
    const details = page.getByRole("region", { name: /Details/ }).or(page.locator(".inspector"));
    await expect.poll(() => details.first().textContent()).toContain(actor.name);
    await page.close();
  });
});
