/**
 * Hostile files through "Open file…" and a hostile link: each file is refused
 * in the problems dialog, naming the problem, while the view stays as it
 * was; the link falls back to defaults with a notice. No page error, ever.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { statusLine } from "./app-page.ts";

const DIR = "tests/fixtures/hostile";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app, recording page errors instead of throwing them. */
async function open(query = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${inject("baseUrl")}${query ? `?${query}` : ""}`);
  await statusLine(page).waitFor();
  return { page, errors };
}

const FILES: [file: string, problem: RegExp][] = [
  ["missing-comma.json", /line 22, column 7.*is a comma missing before it\?/s],
  [
    "deep-nesting.json",
    /line 18, column 74.*the file nests values 10004 deep; the limit maxNesting is 64/s,
  ],
  ["utf16le-nobom.json", /the file is UTF-16 \(little-endian\) text without a byte-order mark/],
  ["proto-keys.json", /__proto__.*a field named "__proto__" is not allowed/s],
];

describe("hostile files through Open file…", () => {
  it.each(FILES)("refuses %s in the problems dialog and keeps the view", async (file, problem) => {
    const { page, errors } = await open();
    const before = await statusLine(page).textContent();
    await page.getByLabel("Dataset file").setInputFiles(`${DIR}/${file}`);
    const dialog = page.getByRole("dialog", { name: /could not be opened/ });
    await dialog.waitFor();
    expect(await dialog.getByRole("heading").textContent()).toContain(file);
    expect(await dialog.textContent()).toMatch(problem);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await statusLine(page).textContent()).toBe(before);
    expect(await page.evaluate(() => (({}) as { polluted?: unknown }).polluted)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a UTF-16 file with its byte-order mark", () => {
  it("opens as exactly the dataset its UTF-8 twin holds", async () => {
    const { page, errors } = await open();
    await page.getByLabel("Dataset file").setInputFiles(`${DIR}/utf16le-bom.json`);
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 2 of 2 actors · 1 of 1 ties");
    expect(await page.getByRole("dialog").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a hostile link", () => {
  it("falls back to the defaults with a notice", async () => {
    const { page: plain } = await open();
    const defaults = await statusLine(plain).textContent();
    await plain.close();

    const { page, errors } = await open("sel=%3Cscript%3E&mc=%00&from=9999-99-99&pf=../../x");
    const notice = page.getByRole("alert").filter({ hasText: /defaults/ });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Ignored a malformed selection/);
    expect(await statusLine(page).textContent()).toBe(defaults);
    expect(await page.locator("script:not([src])").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
