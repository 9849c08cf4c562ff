/** Shared steps for browser tests: open the built app and wait until the network is on screen. */
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";

export const IMAGES_DIR = "docs/images";

export async function openApp(browser: Browser, query = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on("pageerror", (error) => {
    throw new Error(`page error: ${error.message}`);
  });
  await page.goto(`${inject("baseUrl")}${query ? `?${query}` : ""}`);
  await page
    .getByRole("status")
    .filter({ hasText: /^Showing/ })
    .waitFor();
  return page;
}

export function statusLine(page: Page) {
  return page.getByRole("status").filter({ hasText: /^Showing/ });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(IMAGES_DIR, { recursive: true });
  await page.screenshot({ path: `${IMAGES_DIR}/${name}.png` });
}
