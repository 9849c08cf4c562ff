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

/**
 * Pixels whose alpha is at least `minAlpha`, over the canvases `selector`
 * finds drawn one on another (-1 when there is none): how much of the
 * network is drawn, or drawn fully opaque.
 */
export function canvasPixels(page: Page, selector: string, minAlpha: number): Promise<number> {
  return page.evaluate(
    ({ selector, minAlpha }) => {
      const canvases = [...document.querySelectorAll<HTMLCanvasElement>(selector)];
      const first = canvases[0];
      if (!first) return -1;
      const sum = document.createElement("canvas");
      sum.width = first.width;
      sum.height = first.height;
      const ctx = sum.getContext("2d");
      if (!ctx) return -1;
      for (const c of canvases) ctx.drawImage(c, 0, 0, sum.width, sum.height);
      const { data } = ctx.getImageData(0, 0, sum.width, sum.height);
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! >= minAlpha) count++;
      return count;
    },
    { selector, minAlpha },
  );
}
