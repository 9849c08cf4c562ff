/** Paths and metrics in real Chromium: computed in the worker, shown as chains with evidence, highlighted. */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../schema/index.ts";
import { launchChromium } from "./chromium.ts";
import { canvasPixels, openApp, screenshot, statusLine } from "./app-page.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const data = JSON.parse(readFileSync("data/kazakhstan-2022.json", "utf8")) as Dataset;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Pixels of the network drawn fully opaque (faded actors and ties are not), over all its canvases. */
const opaquePixels = (page: Page) => canvasPixels(page, ".graph-canvas canvas", 250);

describe("analysis", () => {
  it("finds how a patron is linked to a stormed building, with evidence on every hop, highlighted", async () => {
    const page = await openApp(browser);
    await page.getByRole("tab", { name: "Paths" }).click();
    const finder = page.getByRole("complementary", { name: "Path finder" });
    // an end is found by typing its name in any script, and chosen with the mouse or the keyboard
    const from = finder.getByRole("combobox", { name: "From", exact: true });
    await from.fill("Болат Назар");
    await expect.poll(() => finder.getByRole("option").count()).toBeGreaterThan(0);
    await screenshot(page, "paths-picker");
    await finder.getByRole("option", { name: /^Bolat Nazarbayev/ }).click();
    await expect.poll(() => from.inputValue()).toBe("Bolat Nazarbayev");
    const to = finder.getByRole("combobox", { name: "To", exact: true });
    await to.fill("city hall");
    await expect
      .poll(() =>
        finder
          .getByRole("listbox", { name: "To: actors and groups" })
          .getByRole("option", { selected: true })
          .textContent(),
      )
      .toBe("City Hall (Almaty)");
    await to.press("Enter");
    await expect.poll(() => to.inputValue()).toBe("City Hall (Almaty)");
    const opaqueBefore = await opaquePixels(page);
    await finder.getByRole("button", { name: "Find paths" }).click();
    const results = finder.getByRole("list", { name: "Paths found" });
    const first = results.getByRole("button", {
      name: /^Path 1: Bolat Nazarbayev .* City Hall \(Almaty\)/,
    });
    await expect.poll(() => first.count()).toBe(1);
    const label = (await first.getAttribute("aria-label")) ?? "";
    const hops = Number(/(\d+) hops?/.exec(label)?.[1]);
    expect(hops).toBeGreaterThanOrEqual(2);
    // every hop of the active path shows at least one verbatim quote
    expect(await finder.locator(".path-hops > li").count()).toBe(hops);
    expect(await finder.locator(".path-hops blockquote").count()).toBeGreaterThanOrEqual(hops);
    await expect
      .poll(() => statusLine(page).textContent())
      .toContain(`path highlighted (${hops + 1} actors)`);
    // everything off the path is faded: far fewer pixels stay fully opaque
    await expect.poll(() => opaquePixels(page)).toBeLessThan(opaqueBefore * 0.6);
    expect(page.url()).toContain("pf=bolat-nazarbayev");
    await screenshot(page, "paths");
    await page.close();
  });

  it("offers groups, hides actors the filters hide, and needs a choice after the text is edited", async () => {
    const patron = data.actors.find((a) => a.roles.includes("patron"))!;
    const page = await openApp(browser, "side=paths");
    const finder = page.getByRole("complementary", { name: "Path finder" });
    const from = finder.getByRole("combobox", { name: "From", exact: true });
    await from.click();
    const groups = finder.getByRole("option", { name: /^Every patron \/ elite \(\d+\) — group$/ });
    await expect.poll(() => groups.count()).toBe(1);
    await groups.click();
    const to = finder.getByRole("combobox", { name: "To", exact: true });
    await to.fill(patron.name);
    await finder
      .getByRole("option", { name: new RegExp(`^${escapeRegExp(patron.name)}`) })
      .first()
      .click();
    const find = finder.getByRole("button", { name: "Find paths" });
    expect(await find.isEnabled()).toBe(true);
    // editing a chosen end's text undoes the choice until another is made
    await to.press("Backspace");
    expect(await find.isEnabled()).toBe(false);
    await page.close();

    // with the patron's domains hidden, the picker no longer offers the patron
    const filtered = await openApp(browser, `side=paths&hd=${patron.domains.join(",")}`);
    const box = filtered
      .getByRole("complementary", { name: "Path finder" })
      .getByRole("combobox", { name: "From", exact: true });
    await box.fill(patron.name);
    await expect
      .poll(() =>
        filtered
          .getByRole("option", { name: new RegExp(`^${escapeRegExp(patron.name)}$`) })
          .count(),
      )
      .toBe(0);
    await filtered.close();
  });

  it("says so when a linked end is hidden by the filters or is not in the dataset", async () => {
    const bolat = data.actors.find((a) => a.id === "bolat-nazarbayev")!;
    const page = await openApp(
      browser,
      `side=paths&pf=${bolat.id}&pt=almaty-city-hall&hd=${bolat.domains.join(",")}`,
    );
    const finder = page.getByRole("complementary", { name: "Path finder" });
    await expect
      .poll(() => finder.locator(".no-path").textContent())
      .toBe("Bolat Nazarbayev is hidden by the filters: show it again, or choose another actor.");
    expect(await finder.getByRole("list", { name: "Paths found" }).count()).toBe(0);
    await page.goto(`${page.url().split("?")[0]}?side=paths&pf=no-such-actor&pt=almaty-city-hall`);
    await expect
      .poll(() => finder.locator(".no-path").textContent())
      .toBe("This dataset has no actor “no-such-actor”: choose another.");
    await page.close();
  });

  it("explains when there is no path", async () => {
    const isolated = data.actors.find(
      (a) => !data.ties.some((t) => t.source === a.id || t.target === a.id),
    )!;
    const page = await openApp(browser, `side=paths&pf=kassym-jomart-tokayev&pt=${isolated.id}`);
    await expect
      .poll(() =>
        page.getByRole("complementary", { name: "Path finder" }).locator(".no-path").textContent(),
      )
      .toMatch(/no path|not connected|different components|no tie/i);
    await page.close();
  });

  it("computes metrics for the actors on screen, exports them, and shows robustness", async () => {
    const page = await openApp(browser, "mc=reported");
    const status = (await statusLine(page).textContent()) ?? "";
    const shown = Number(/Showing (\d+) of/.exec(status)?.[1]);
    await page.getByRole("tab", { name: "Metrics" }).click();
    const table = page.getByRole("table", { name: /^Metrics/ });
    await expect.poll(() => table.getByRole("row").count(), { timeout: 20_000 }).toBe(shown + 1);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export metrics as CSV" }).click(),
    ]);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\n")[0]).toBe(
      "id,name,degree_in,degree_out,degree_total,betweenness,closeness,pagerank,eigenvector,community",
    );
    expect(csv.trim().split("\n").length).toBe(shown + 1);
    const robustness = page.getByRole("table", {
      name: /^Rank by betweenness at each certainty threshold/,
    });
    await expect
      .poll(() => robustness.getByRole("columnheader").count(), { timeout: 20_000 })
      .toBe(5);
    await page.getByLabel("Size actors in the graph by").selectOption("betweenness");
    await screenshot(page, "metrics");
    await page.close();
  });
});
