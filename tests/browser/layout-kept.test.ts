/**
 * A computed layout is kept for the session: a reload draws the network where
 * it was instead of computing the layout again. A layout of more than
 * PART_ACTORS actors is written to sessionStorage in parts, a part per task
 * (one write of a 50k layout blocked the page for 200 ms or more).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { PART_ACTORS } from "../../src/app/graph/positions-store.ts";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { datasetJsonText } from "../../src/core/generate/serialize.ts";
import { launchChromium } from "./chromium.ts";
import { statusLine } from "./app-page.ts";

const ACTORS = PART_ACTORS + 200;
const dataset = generateDataset({ actors: ACTORS, tiesPerActor: 2, seed: 21 });
const text = datasetJsonText(dataset);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What the session holds for this dataset: each stored value's count of positions. */
function storedPositions(page: Page) {
  return page.evaluate(() =>
    Object.keys(sessionStorage)
      .filter((k) => k.startsWith("tamyr:positions"))
      .map((k) => {
        const value = JSON.parse(sessionStorage.getItem(k) ?? "null") as unknown;
        return {
          key: k,
          count: value && typeof value === "object" ? Object.keys(value).length : 0,
        };
      }),
  );
}

async function shown(page: Page) {
  await expect
    .poll(() => statusLine(page).textContent(), { timeout: 60_000 })
    .toMatch(new RegExp(`^Showing ${ACTORS} of ${ACTORS} actors`));
  await page.locator(".graph-canvas[aria-busy=false]").waitFor({ timeout: 120_000 });
}

describe("a computed layout", () => {
  it("is kept for the session in parts, and a reload draws it without computing it again", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.route("**/linked/big.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: text }),
    );
    await page.goto(`${inject("baseUrl")}?data=linked/big.json`);
    await shown(page);
    const computing = page.getByRole("progressbar").filter({ hasText: "Computing layout" });
    await computing.waitFor({ state: "detached", timeout: 180_000 });
    // the parts are written a task each after the layout: wait for the count, written last
    await expect
      .poll(async () => (await storedPositions(page)).some((s) => s.key.includes("-parts:")), {
        timeout: 30_000,
      })
      .toBe(true);
    const parts = (await storedPositions(page)).filter((s) => s.key.includes("-part:"));
    expect(parts.length).toBe(Math.ceil(ACTORS / PART_ACTORS));
    expect(parts.reduce((sum, p) => sum + p.count, 0)).toBe(ACTORS);
    for (const p of parts) expect(p.count).toBeLessThanOrEqual(PART_ACTORS);

    await page.reload();
    await shown(page);
    // drawn from the kept positions: the layout worker is not started again
    expect(await computing.count()).toBe(0);
    await page.close();
  }, 300_000);
});
