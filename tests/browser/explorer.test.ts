/**
 * The explorer end to end in real Chromium, against the built app:
 * load, filter, search across scripts, read evidence, table view,
 * reproducible links, a hovered actor's neighbourhood, and a refused invalid file.
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../schema/index.ts";
import { launchChromium } from "./chromium.ts";
import { canvasPixels, openApp, screenshot, statusLine } from "./app-page.ts";

const data = JSON.parse(readFileSync("data/kazakhstan-2022.json", "utf8")) as Dataset;
const memo = readFileSync("../shared/sources/ponars-eurasia-memo-780.md", "utf8");
const squash = (s: string) =>
  s
    .replace(/[*_]/g, "")
    .replace(/[“”«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("explorer", () => {
  it("loads with the status line showing every actor and tie", async () => {
    const page = await openApp(browser);
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe(
        `Showing ${data.actors.length} of ${data.actors.length} actors · ${data.ties.length} of ${data.ties.length} ties`,
      );
    await expect.poll(() => page.getByRole("region", { name: "Legend" }).isVisible()).toBe(true);
    await screenshot(page, "explorer-overview");
    await page.close();
  });

  it("unticking a domain changes the counts as the filter rules say", async () => {
    const page = await openApp(browser);
    await page
      .getByRole("group", { name: "Domains" })
      .getByRole("checkbox", { name: /Religious/ })
      .uncheck();
    const actors = new Set(
      data.actors.filter((a) => a.domains.some((d) => d !== "religious")).map((a) => a.id),
    );
    const ties = data.ties.filter((t) => actors.has(t.source) && actors.has(t.target));
    expect(actors.size).toBeLessThan(data.actors.length);
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe(
        `Showing ${actors.size} of ${data.actors.length} actors · ${ties.length} of ${data.ties.length} ties`,
      );
    await page.close();
  });

  it("finds an actor by its Cyrillic name and shows a verbatim quote", async () => {
    const page = await openApp(browser);
    const search = page.getByRole("combobox", { name: "Search actors" });
    await search.fill("Болат Назарбаев");
    await page.getByRole("option", { name: /Bolat Nazarbayev/ }).click();
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    await expect
      .poll(() => inspector.getByRole("heading", { level: 2 }).textContent())
      .toBe("Bolat Nazarbayev");
    const quotes = await inspector.locator("blockquote").allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(squash(memo)).toContain(squash(quote));
    // Latin spellings without the y find the same person
    await search.fill("nazarbaev");
    await expect.poll(() => page.getByRole("option", { name: /Bolat Nazarbayev/ }).count()).toBe(1);
    await search.press("Escape");
    await screenshot(page, "explorer-inspector");
    await page.close();
  });

  it("hovering an actor fades all but its neighbourhood, and leaving it restores the view", async () => {
    const page = await openApp(browser);
    // where an actor is drawn, read from the exported figure (drawn from the same camera)
    await page.getByRole("button", { name: "Export…" }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("dialog", { name: "Export" })
        .getByRole("button", { name: "Download SVG" })
        .click(),
    ]);
    const saved = "tests/.tmp/explorer-hover.svg";
    await file.saveAs(saved);
    await page.keyboard.press("Escape");
    const at = /<ellipse cx="([\d.]+)" cy="([\d.]+)"/.exec(readFileSync(saved, "utf8"));
    expect(at).not.toBeNull();
    const box = (await page.locator(".graph-canvas").boundingBox())!;
    const opaque = () => canvasPixels(page, ".graph-canvas canvas", 250);
    const before = await opaque();
    await page.mouse.move(box.x + Number(at![1]), box.y + Number(at![2]));
    await expect.poll(opaque).toBeLessThan(before * 0.5);
    await page.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(opaque).toBe(before);
    await page.close();
  });

  it("the table view lists the same actors the filters show", async () => {
    const page = await openApp(browser, "mc=reported&iso=1");
    const status = (await statusLine(page).textContent()) ?? "";
    const shown = Number(/Showing (\d+) of/.exec(status)?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(data.actors.length);
    await page.getByRole("tab", { name: "Table" }).click();
    const table = page.getByRole("table", { name: /^Actors/ });
    await expect.poll(() => table.getByRole("row").count()).toBe(shown + 1);
    // choosing a row selects the actor in the inspector
    const first = table.getByRole("rowheader").first();
    const name = (await first.textContent()) ?? "";
    await first.getByRole("button").click();
    await expect
      .poll(() =>
        page
          .getByRole("complementary", { name: "Inspector" })
          .getByRole("heading", { level: 2 })
          .textContent(),
      )
      .toBe(name);
    await screenshot(page, "explorer-table");
    await page.close();
  });

  it("a copied link restores the same view in a new page, and Back steps through views", async () => {
    const page = await openApp(browser);
    await page
      .getByRole("group", { name: "Roles" })
      .getByRole("button", { name: "Only Provocateur" })
      .click();
    // the status line follows a filter change a moment later (the change is a React transition)
    await expect.poll(() => statusLine(page).textContent()).not.toMatch(/^Showing 37 of 37/);
    await page.getByRole("combobox", { name: "Search actors" }).fill("Tokayev");
    await page
      .getByRole("option", { name: /Tokayev/ })
      .first()
      .click();
    const status = await statusLine(page).textContent();
    const url = page.url();
    expect(url).toContain("hr=");
    expect(url).toContain("sel=actor");
    const copy = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await copy.goto(url);
    await expect.poll(() => statusLine(copy).textContent()).toBe(status);
    await expect
      .poll(() =>
        copy
          .getByRole("complementary", { name: "Inspector" })
          .getByRole("heading", { level: 2 })
          .textContent(),
      )
      .toBe("Kassym-Jomart Tokayev");
    await copy.close();
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain("sel=actor");
    await page.close();
  });

  it("a malformed link falls back to defaults with a notice", async () => {
    const page = await openApp(browser, "mc=bogus&sel=%3Cscript%3E");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("defaults were applied");
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe(
        `Showing ${data.actors.length} of ${data.actors.length} actors · ${data.ties.length} of ${data.ties.length} ties`,
      );
    await page.close();
  });

  it("opening an invalid file lists its problems and keeps the current view", async () => {
    const page = await openApp(browser, "hd=religious");
    const before = await statusLine(page).textContent();
    const bad = JSON.stringify({
      schemaVersion: "1.0",
      meta: { title: "Broken" },
      actors: [{ id: "a", name: "A", kind: "person", domains: ["state"], roles: ["patron"] }],
      ties: [{ id: "t", source: "a", target: "knb2", type: "control", certainty: "established" }],
    });
    await page.getByLabel("Dataset file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(bad),
    });
    const dialog = page.getByRole("dialog", { name: /broken\.json.*could not be opened/ });
    await expect
      .poll(() => dialog.textContent())
      .toContain("tie 't' points to unknown actor 'knb2'");
    await expect.poll(() => dialog.textContent()).toContain("ties[0].target");
    await screenshot(page, "explorer-invalid-file");
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await statusLine(page).textContent()).toBe(before);
    await page.close();
  });
});
