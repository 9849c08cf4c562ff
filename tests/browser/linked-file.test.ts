/**
 * A dataset linked with `?data=`: fetched and checked by the dataset worker
 * while the app starts, and a clear message when the link is broken or the
 * file is not a dataset.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { datasetJsonText } from "../../src/core/generate/serialize.ts";
import { WORKER_THRESHOLD } from "../../src/app/state/parse-in-worker.ts";
import { launchChromium } from "./chromium.ts";
import { statusLine } from "./app-page.ts";

const large = generateDataset({ actors: 800, tiesPerActor: 3, seed: 5 });
const largeText = datasetJsonText(large);
const small = generateDataset({ actors: 40, tiesPerActor: 2, seed: 6 });

let browser: Browser;
beforeAll(async () => {
  expect(largeText.length).toBeGreaterThan(WORKER_THRESHOLD);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose site serves the given files under linked/, counting the requests for each. */
async function pageServing(files: Record<string, string>): Promise<[Page, Map<string, number>]> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const requests = new Map<string, number>();
  await page.route("**/linked/*", async (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop()!;
    requests.set(name, (requests.get(name) ?? 0) + 1);
    const body = files[name];
    await (body === undefined
      ? route.fulfill({ status: 404, body: "not here" })
      : route.fulfill({ status: 200, contentType: "application/json", body }));
  });
  return [page, requests];
}

describe("a linked dataset", () => {
  it("loads a large file and a small one, each fetched once", async () => {
    const [page, requests] = await pageServing({
      "large.json": largeText,
      "small.json": datasetJsonText(small),
    });
    await page.goto(`${inject("baseUrl")}?data=linked/large.json`);
    await expect
      .poll(() => statusLine(page).textContent(), { timeout: 30_000 })
      .toMatch(new RegExp(`^Showing ${large.actors.length} of ${large.actors.length} actors`));
    // fetched by the worker started before the app, whose load the app takes over: not fetched twice
    expect(requests.get("large.json")).toBe(1);
    await page.goto(`${inject("baseUrl")}?data=linked/small.json`);
    await expect
      .poll(() => statusLine(page).textContent())
      .toMatch(new RegExp(`^Showing ${small.actors.length} of ${small.actors.length} actors`));
    await page.close();
  });

  it("says what went wrong with a broken link or a file that is not a dataset", async () => {
    const [page] = await pageServing({ "broken.json": '{"schemaVersion": "1.0", "actors": [' });
    await page.goto(`${inject("baseUrl")}?data=linked/missing.json`);
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Could not load linked/missing.json: the server answered 404");
    await page.goto(`${inject("baseUrl")}?data=linked/broken.json`);
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(/linked\/broken\.json is not a valid Tamyr dataset:\nlinked\/broken\.json:1:\d+/);
    await page.close();
  });
});
