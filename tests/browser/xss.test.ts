/**
 * Untrusted data is text, never markup: the XSS corpus renders literally,
 * no script runs, no dialog opens, a sentinel stays untouched, and the
 * built app works under its Content-Security-Policy with no violation.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { openApp, screenshot, statusLine } from "./app-page.ts";

const XSS_FILE = "tests/fixtures/hostile/xss.json";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function guard(page: Page) {
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { __sentinel: string }).__sentinel = "untouched";
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(e.violatedDirective);
    });
  });
  return { dialogs, violations };
}

describe("hostile content", () => {
  it("the built app runs under its Content-Security-Policy without violations", async () => {
    const page = await browser.newPage();
    const { violations } = await guard(page);
    await page.goto(`${(await import("vitest")).inject("baseUrl")}`);
    await statusLine(page).waitFor();
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    // the worker-driven path finder and metrics work under the policy too
    await page.getByRole("tab", { name: "Metrics" }).click();
    await expect
      .poll(() => page.getByRole("table", { name: /^Metrics/ }).count(), { timeout: 20_000 })
      .toBe(1);
    expect(violations).toEqual([]);
    expect(
      await page.evaluate(
        () => (window as unknown as { __violations?: string[] }).__violations ?? [],
      ),
    ).toEqual([]);
    await page.close();
  });

  it("renders the XSS corpus literally and runs none of it", async () => {
    const page = await openApp(browser);
    const { dialogs, violations } = await guard(page);
    await page.reload();
    await statusLine(page).waitFor();
    await page.getByLabel("Dataset file").setInputFiles(XSS_FILE);
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 2 of 2 actors · 1 of 1 ties");
    // select the hostile actor: its name, aliases, description and quote appear as text
    await page.getByRole("tab", { name: "Table" }).click();
    await page
      .getByRole("button", { name: "Select <script>window.__pwned=7</script>", exact: true })
      .click();
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    await expect
      .poll(() => inspector.getByRole("heading", { level: 2 }).textContent())
      .toBe("<script>window.__pwned=7</script>");
    expect(await inspector.textContent()).toContain('<img src=x onerror="window.__pwned=10">quote');
    expect(await inspector.textContent()).toContain("<svg><script>window.__pwned=9</script></svg>");
    // the tie and the story: label, note and caption as text; a javascript: link is no link
    await page.getByRole("tab", { name: "Graph" }).click();
    await page.getByRole("button", { name: /^Story:/ }).click();
    const story = page.getByRole("region", { name: /^Story:/ });
    await expect.poll(() => story.textContent()).toContain("<script>window.__pwned=20</script>");
    expect(await story.getByRole("link").count()).toBe(0);
    expect(await page.title()).toBe("<script>window.__pwned=1</script>XSS corpus · Tamyr");
    await screenshot(page, "security-xss-literal");
    // nothing ran: no dialog, the sentinel is untouched, no injected element, no pwned flag
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    const state = await page.evaluate(() => ({
      sentinel: (window as unknown as { __sentinel: string }).__sentinel,
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      injectedFrames: document.querySelectorAll("iframe").length,
      scripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
    }));
    expect(state).toEqual({
      sentinel: "untouched",
      pwned: undefined,
      injectedImages: 0,
      injectedFrames: 0,
      scripts: 0,
    });
    await page.close();
  });

  it("links only http(s) sources, opened with noopener noreferrer", async () => {
    const page = await openApp(browser, "sel=actor:bolat-nazarbayev");
    const links = page.getByRole("complementary", { name: "Inspector" }).getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
      expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
      expect(await link.getAttribute("target")).toBe("_blank");
    }
    const data = JSON.parse(readFileSync("data/kazakhstan-2022.json", "utf8")) as {
      sources: { url?: string }[];
    };
    expect(data.sources.every((s) => !s.url || /^https?:/.test(s.url))).toBe(true);
    await page.close();
  });
});
