/** Scrubbing through time in real Chromium: "as of" dates, brushing events, play. */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDateSpan, type Dataset } from "../../schema/index.ts";
import { launchChromium } from "./chromium.ts";
import { openApp, screenshot, statusLine } from "./app-page.ts";

const data = JSON.parse(readFileSync("data/kazakhstan-2022.json", "utf8")) as Dataset;

/** Independent count of the ties the data says are active on a day (undated ties are shown and marked). */
function expectedAsOf(day: string): { ties: number; undated: number } {
  const d = parseDateSpan(day)!.first;
  let ties = 0;
  let undated = 0;
  for (const tie of data.ties) {
    const start = tie.period?.start ? parseDateSpan(tie.period.start)!.first : -Infinity;
    const end = tie.period?.end ? parseDateSpan(tie.period.end)!.last : Infinity;
    if (!tie.period?.start && !tie.period?.end) {
      ties++;
      undated++;
    } else if (start <= d && d <= end) ties++;
  }
  return { ties, undated };
}

async function setAsOf(page: Page, day: string) {
  await page.getByLabel("As of", { exact: true }).fill(day);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("timeline", () => {
  it("the network as of 4 January differs from 7 January as the data says", async () => {
    const page = await openApp(browser);
    const jan4 = expectedAsOf("2022-01-04");
    const jan7 = expectedAsOf("2022-01-07");
    expect(jan7.ties).toBeGreaterThan(jan4.ties);
    await setAsOf(page, "2022-01-04");
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe(
        `Showing ${data.actors.length} of ${data.actors.length} actors · ${jan4.ties} of ${data.ties.length} ties · as of 2022-01-04 · ${jan4.undated} undated ties marked`,
      );
    await setAsOf(page, "2022-01-07");
    await expect
      .poll(() => statusLine(page).textContent())
      .toContain(`${jan7.ties} of ${data.ties.length} ties · as of 2022-01-07`);
    expect(page.url()).toContain("from=2022-01-07");
    await screenshot(page, "timeline-as-of");
    // hiding undated ties leaves only the dated, active ones
    await page.getByLabel("Undated ties").selectOption("hide");
    await expect
      .poll(() => statusLine(page).textContent())
      .toContain(`${jan7.ties - jan7.undated} of ${data.ties.length} ties`);
    await page.getByRole("button", { name: "All time" }).click();
    await expect
      .poll(() => statusLine(page).textContent())
      .toContain(`${data.ties.length} of ${data.ties.length} ties`);
    await page.close();
  });

  it("selecting an event highlights it and lists its evidence; an actor marks its events", async () => {
    const page = await openApp(browser);
    const event = data.events!.find((e) => e.id === "zhanaozen-protests")!;
    await page.getByRole("button", { name: new RegExp(`^Event: ${event.title}`) }).click();
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    await expect
      .poll(() => inspector.getByRole("heading", { level: 2 }).textContent())
      .toBe(event.title);
    await expect
      .poll(() => inspector.locator("blockquote").first().textContent())
      .toBe(event.evidence![0]!.quote);
    // selecting a participant marks that actor's events on the timeline
    const actor = data.actors.find((a) => a.id === "kassym-jomart-tokayev")!;
    // the strip opens on the case period, so count the involved events that overlap it
    const caseStart = parseDateSpan(data.meta.case!.period!.start!)!.first;
    const caseEnd = parseDateSpan(data.meta.case!.period!.end!)!.last;
    const involved = data.events!.filter((e) => {
      const first = parseDateSpan(e.date ?? e.period!.start!)!.first;
      const last = parseDateSpan(e.date ?? e.period!.end!)!.last;
      return (
        first <= caseEnd && last >= caseStart && e.participants?.some((p) => p.actor === actor.id)
      );
    });
    expect(involved.length).toBeGreaterThan(1);
    await page.goto(`${page.url().split("?")[0]}?sel=actor:${actor.id}`);
    await expect
      .poll(() => page.getByRole("button", { name: /involves the selected actor/ }).count())
      .toBe(involved.length);
    await page.close();
  });

  it("play steps forward day by day", async () => {
    const page = await openApp(browser, "from=2022-01-03&to=2022-01-03");
    await page.getByRole("button", { name: "Play" }).click();
    await expect
      .poll(() => statusLine(page).textContent(), { timeout: 10_000 })
      .toContain("as of 2022-01-05");
    await page.getByRole("button", { name: "Pause" }).click();
    await page.close();
  });

  it("the marks of tie dates follow the timeline's zoom, and stay put for a selection", async () => {
    const page = await openApp(browser);
    const timeline = page.getByRole("region", { name: "Timeline" });
    // the marks are decorative (aria-hidden): read where they are drawn
    const marks = () =>
      timeline
        .locator("line.tie-tick")
        .evaluateAll((lines) => lines.map((l) => l.getAttribute("x1")));
    const initial = await marks();
    expect(initial.length).toBeGreaterThan(3);
    await page.getByRole("button", { name: "Zoom timeline in" }).click();
    await expect.poll(marks).not.toEqual(initial);
    const zoomed = await marks();
    // selecting an event re-renders the timeline, not the marks' places
    await timeline
      .getByRole("button", { name: /^Event: / })
      .first()
      .click();
    await expect
      .poll(() => timeline.getByRole("button", { pressed: true, name: /^Event: / }).count())
      .toBe(1);
    expect(await marks()).toEqual(zoomed);
    await page.getByRole("button", { name: "Zoom timeline out" }).click();
    await expect.poll(marks).not.toEqual(zoomed);
    await page.close();
  });
});
