/** Narratives play through in story mode, the step is in the URL, and the embed view has no editing chrome. */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../schema/index.ts";
import { launchChromium } from "./chromium.ts";
import { openApp, screenshot, statusLine } from "./app-page.ts";

const data = JSON.parse(readFileSync("data/kazakhstan-2022.json", "utf8")) as Dataset;
const narrative = data.narratives![0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("story mode", () => {
  it("plays through every step with buttons and arrow keys, the step in the URL", async () => {
    const page = await openApp(browser);
    await page.getByRole("button", { name: `Story: ${narrative.title}` }).click();
    const story = page.getByRole("region", { name: `Story: ${narrative.title}` });
    for (let i = 0; i < narrative.steps.length; i++) {
      const step = narrative.steps[i]!;
      await expect
        .poll(() => story.getByRole("heading", { level: 2 }).textContent())
        .toBe(step.title);
      expect(await story.textContent()).toContain(`step ${i + 1} of ${narrative.steps.length}`);
      expect(page.url()).toContain(`step=${i + 1}`);
      if (step.view.highlightActors?.length) {
        await expect
          .poll(() => statusLine(page).textContent())
          .toContain(`story step highlighted (${step.view.highlightActors.length} actors)`);
      }
      if (i === 2) await screenshot(page, "story");
      if (i < narrative.steps.length - 1) {
        if (i % 2 === 0) await story.getByRole("button", { name: "Next →" }).click();
        else await page.keyboard.press("ArrowRight");
      }
    }
    expect(await story.getByRole("button", { name: "Next →" }).isDisabled()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    await expect
      .poll(() => story.getByRole("heading", { level: 2 }).textContent())
      .toBe(narrative.steps[narrative.steps.length - 2]!.title);
    await story.getByRole("button", { name: "Exit story" }).click();
    expect(await page.getByRole("region", { name: /^Story:/ }).count()).toBe(0);
    await page.close();
  });

  it("a step's filters apply: the last step hides what is only alleged", async () => {
    const last = narrative.steps.length;
    const page = await openApp(browser, `story=${narrative.id}&step=${last}`);
    const step = narrative.steps[last - 1]!;
    if (step.view.minCertainty === "reported") {
      const strong = data.ties.filter(
        (t) => t.certainty === "established" || t.certainty === "reported",
      );
      await expect
        .poll(() => statusLine(page).textContent())
        .toContain(`${strong.length} of ${data.ties.length} ties`);
    }
    await page.close();
  });

  it("the embed view shows the story without the editing chrome", async () => {
    const page = await openApp(browser, `story=${narrative.id}&step=2&embed=1`);
    expect(await page.getByRole("banner").count()).toBe(0);
    expect(await page.getByRole("navigation", { name: "Filters and legend" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Open file…" }).count()).toBe(0);
    expect(await page.getByRole("tab").count()).toBe(0);
    await expect
      .poll(() =>
        page
          .getByRole("region", { name: /^Story:/ })
          .getByRole("heading", { level: 2 })
          .textContent(),
      )
      .toBe(narrative.steps[1]!.title);
    expect(
      await page.getByRole("link", { name: /open in Tamyr/ }).getAttribute("href"),
    ).not.toContain("embed=1");
    await screenshot(page, "embed");
    await page.close();
  });

  it("the Embed dialog gives an iframe snippet for the current view", async () => {
    const page = await openApp(browser, "hd=religious");
    await page.getByRole("button", { name: "Embed…" }).click();
    const snippet = await page
      .getByRole("dialog", { name: "Embed this view" })
      .getByLabel("Embed code")
      .inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?hd=religious&amp;embed=1" width="900" height="600"/,
    );
    await page.close();
  });
});
