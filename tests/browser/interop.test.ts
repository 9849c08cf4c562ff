/**
 * Import and export dialogs in real Chromium, against the built app: the
 * filtered view as CSV and GEXF, PNG and SVG figures with their legend, a
 * CSV pair through the column mapping, a bad row listed before accepting,
 * GraphML from another tool, and a merge into a workspace that Undo takes
 * back.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../schema/index.ts";
import { fileBase } from "../../src/app/interop/file-names.ts";
import { launchChromium } from "./chromium.ts";
import { openApp, screenshot, statusLine } from "./app-page.ts";

const data = JSON.parse(readFileSync("data/kazakhstan-2022.json", "utf8")) as Dataset;
const FIXTURES = "tests/fixtures/interop";
const DOWNLOADS = "tests/.tmp/downloads";
const LEGEND_COLUMN = 240;

let browser: Browser;
beforeAll(async () => {
  mkdirSync(DOWNLOADS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks `button` and returns the downloaded file's name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = `${DOWNLOADS}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function parseXml(text: string, mime = "text/xml") {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) });
  const parsed = doc.parseFromString(text, mime);
  expect(errors).toEqual([]);
  return parsed;
}

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Export…" }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.waitFor();
  return dialog;
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Import…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import" });
  await dialog.waitFor();
  return dialog;
}

async function canvasSize(page: Page) {
  return page
    .getByRole("img", { name: /^Network diagram/ })
    .evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
}

describe("export", () => {
  it("exports the filtered view as CSV (one zip) and GEXF", async () => {
    const page = await openApp(browser);
    await page
      .getByRole("group", { name: "Domains" })
      .getByRole("checkbox", { name: /Religious/ })
      .uncheck();
    const actors = new Set(
      data.actors.filter((a) => a.domains.some((d) => d !== "religious")).map((a) => a.id),
    );
    const ties = data.ties.filter((t) => actors.has(t.source) && actors.has(t.target));
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe(
        `Showing ${actors.size} of ${data.actors.length} actors · ${ties.length} of ${data.ties.length} ties`,
      );

    const dialog = await openExport(page);
    await dialog.getByLabel(/The current view/).check();
    await dialog.getByLabel("Format").selectOption({ label: "CSV (actors and ties tables)" });
    await expect
      .poll(() => dialog.textContent())
      .toContain("What CSV (actors and ties tables) cannot carry");
    expect(await dialog.getByRole("list", { name: /cannot carry/ }).textContent()).toContain(
      "no table for events",
    );
    await screenshot(page, "export-dialog");
    const csv = await download(page, dialog.getByRole("button", { name: "Download data" }));
    expect(csv.name).toBe(`${fileBase(data.meta.title)}-view-csv.zip`);
    const files = unzipSync(new Uint8Array(csv.bytes));
    expect(Object.keys(files).sort()).toEqual(["actors.csv", "ties.csv"]);
    const actorRows = strFromU8(files["actors.csv"]!).trim().split(/\r\n/).slice(1);
    const tieRows = strFromU8(files["ties.csv"]!).trim().split(/\r\n/).slice(1);
    expect(actorRows).toHaveLength(actors.size);
    expect(tieRows).toHaveLength(ties.length);
    const exportedIds = new Set(actorRows.map((row) => row.replace(/^\uFEFF/, "").split(",")[0]));
    expect(exportedIds).toEqual(actors);

    await dialog.getByLabel("Format").selectOption({ label: "GEXF 1.3 (Gephi)" });
    const gexf = await download(page, dialog.getByRole("button", { name: "Download data" }));
    expect(gexf.name).toBe(`${fileBase(data.meta.title)}-view.gexf`);
    const doc = parseXml(gexf.bytes.toString("utf8"));
    const nodes = Array.from(doc.getElementsByTagName("node"));
    expect(nodes.map((n) => n.getAttribute("id")).sort()).toEqual([...actors].sort());
    expect(doc.getElementsByTagName("edge").length).toBe(ties.length);
    // the layout on screen travels to Gephi
    expect(doc.getElementsByTagName("viz:position").length).toBe(actors.size);
    await page.close();
  });

  it("saves a PNG at 2× with its legend beside the graph", async () => {
    const page = await openApp(browser);
    const canvas = await canvasSize(page);
    const dialog = await openExport(page);
    await dialog.getByLabel("2×").check();
    const png = await download(page, dialog.getByRole("button", { name: "Download PNG" }));
    expect(png.name).toMatch(/-view@2x\.png$/);
    const size = pngSize(png.bytes);
    // the graph at twice its size on screen; the legend adds whole columns to the right
    expect(size.height).toBe(2 * canvas.height);
    const legendWidth = size.width / 2 - canvas.width;
    expect(legendWidth % LEGEND_COLUMN).toBe(0);
    expect(legendWidth).toBeGreaterThanOrEqual(LEGEND_COLUMN);
    expect(await dialog.textContent()).toContain(
      `the PNG will be ${size.width} × ${size.height} px`,
    );

    await dialog.getByLabel("1×").check();
    await dialog.getByLabel("Transparent background").check();
    const one = await download(page, dialog.getByRole("button", { name: "Download PNG" }));
    expect(one.name).toMatch(/-view\.png$/);
    expect(pngSize(one.bytes)).toEqual({ width: size.width / 2, height: size.height / 2 });
    // colour type 6 (RGBA): transparency is kept
    expect(one.bytes[25]).toBe(6);
    await page.close();
  });
});

describe("import", () => {
  it("imports a CSV pair through the column mapping and opens it as a view; its SVG figure escapes names", async () => {
    const page = await openApp(browser);
    const dialog = await openImport(page);
    await dialog
      .getByLabel("Files to import")
      .setInputFiles([`${FIXTURES}/ties.csv`, `${FIXTURES}/actors.csv`]);
    await expect.poll(() => dialog.getByLabel("Format").inputValue()).toBe("csv");
    const actorsTable = dialog.getByRole("region", { name: "Columns of actors.csv" });
    const tiesTable = dialog.getByRole("region", { name: "Columns of ties.csv" });
    await actorsTable.waitFor();
    const field = (table: Locator, column: string) =>
      table.getByLabel(`Tamyr field for column ${column}`, { exact: true });
    // pre-filled by inferMapping
    expect(await field(actorsTable, "Full name").inputValue()).toBe("name");
    expect(await field(actorsTable, "sector").inputValue()).toBe("domains");
    expect(await field(tiesTable, "from").inputValue()).toBe("source");
    expect(await field(tiesTable, "confidence").inputValue()).toBe("certainty");
    expect(await field(tiesTable, "quote").inputValue()).toBe("quote");
    expect(await field(actorsTable, "Aliases").inputValue()).toBe("aliases");
    // the user's choice: the aliases column stays an attribute
    await field(actorsTable, "Aliases").selectOption({ label: "Keep as an attribute" });
    await expect
      .poll(() =>
        actorsTable.getByRole("table", { name: "First rows of actors.csv" }).textContent(),
      )
      .toContain("Alpha <b>& Co");
    await screenshot(page, "import-mapping");

    await dialog.getByRole("button", { name: "Check" }).click();
    const report = dialog.getByRole("region", { name: "Check" });
    await expect
      .poll(() => report.textContent())
      .toContain("Read from actors.csv + ties.csv: 4 actors, 3 ties, 0 events and 1 source");
    expect(await report.getByRole("list", { name: "Warnings" }).textContent()).toContain(
      "the domain 'r-d-lab-x' is not in the vocabulary",
    );
    await dialog.getByRole("button", { name: "Open as a view" }).click();
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 4 of 4 actors · 3 of 3 ties");
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // the aliases column was kept as an attribute, as chosen
    await page.getByRole("tab", { name: "Table" }).click();
    await page.getByRole("tab", { name: "Graph" }).click();

    const exporter = await openExport(page);
    const svg = await download(page, exporter.getByRole("button", { name: "Download SVG" }));
    expect(svg.name).toMatch(/-view\.svg$/);
    const text = svg.bytes.toString("utf8");
    const doc = parseXml(text, "image/svg+xml");
    const legend = Array.from(doc.getElementsByTagName("g")).find(
      (g) => g.getAttribute("class") === "tamyr-legend",
    )!;
    expect(legend).toBeDefined();
    const legendText = Array.from(legend.getElementsByTagName("text")).map((t) => t.textContent);
    expect(legendText).toContain("Colour: domain");
    expect(legendText.join(" ")).toContain('R&D "Lab" <x>');
    expect(text).toContain("R&amp;D &quot;Lab&quot; &lt;x&gt;");
    // the actor's name in the drawing is text too
    expect(text).toContain("Alpha &lt;b&gt;&amp; Co");
    expect(text).not.toContain("<b>");
    await page.close();
  });

  it("lists a bad row's problem with its place before anything is accepted", async () => {
    const page = await openApp(browser);
    const dialog = await openImport(page);
    await dialog.getByLabel("Format").selectOption({ label: "CSV (actors and ties tables)" });
    await dialog.getByLabel("Actors table (CSV)").setInputFiles(`${FIXTURES}/actors.csv`);
    await dialog.getByLabel("Ties table (CSV)").setInputFiles(`${FIXTURES}/ties-bad-row.csv`);
    await dialog.getByRole("region", { name: "Columns of ties-bad-row.csv" }).waitFor();
    await dialog.getByRole("button", { name: "Check" }).click();
    const problems = dialog.getByRole("list", { name: "Problems" });
    await expect
      .poll(() => problems.textContent())
      .toBe(
        `ties, row 3, column "confidence" 'probably' is not a certainty level (established, reported, alleged, claimed, disputed)`,
      );
    const open = dialog.getByRole("button", { name: "Open as a view" });
    expect(await open.isDisabled()).toBe(true);
    await dialog.getByLabel(/Go ahead with the 1 problem listed/).check();
    expect(await open.isDisabled()).toBe(false);
    // nothing changed until now
    expect(await statusLine(page).textContent()).toBe(
      `Showing ${data.actors.length} of ${data.actors.length} actors · ${data.ties.length} of ${data.ties.length} ties`,
    );
    await dialog.getByRole("button", { name: "Close" }).click();
    await page.close();
  });

  it("routes a dropped CSV to the import dialog and a dropped Tamyr dataset to the opener", async () => {
    const page = await openApp(browser);
    const drop = (name: string, text: string) =>
      page.evaluate(
        ([name, text]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text!], name!, { type: "text/plain" }));
          document.body.dispatchEvent(
            new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        },
        [name, text],
      );
    await drop("edges.csv", "from,to,relation\nalpha,beta,control\n");
    const dialog = page.getByRole("dialog", { name: "Import" });
    await expect.poll(() => dialog.getByLabel("Format").inputValue()).toBe("csv");
    expect(await dialog.textContent()).toContain("Ties table: edges.csv");
    await dialog.getByRole("button", { name: "Check" }).click();
    await expect
      .poll(() => dialog.getByRole("region", { name: "Check" }).textContent())
      .toContain("Read from edges.csv: 2 actors, 1 tie,");
    await dialog.getByRole("button", { name: "Close" }).click();

    const tiny = readFileSync("tests/fixtures/analysis/network.json", "utf8");
    const expected = JSON.parse(tiny) as Dataset;
    await drop("network.json", tiny);
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe(
        `Showing ${expected.actors.length} of ${expected.actors.length} actors · ${expected.ties.length} of ${expected.ties.length} ties`,
      );
    expect(await dialog.count()).toBe(0);
    await page.close();
  });

  it("imports GraphML from NetworkX with its warnings", async () => {
    const page = await openApp(browser);
    const dialog = await openImport(page);
    await dialog
      .getByLabel("Files to import")
      .setInputFiles("tests/fixtures/formats/networkx-multigraph.graphml");
    await expect.poll(() => dialog.getByLabel("Format").inputValue()).toBe("graphml");
    expect(await dialog.textContent()).toContain("(detected from the file)");
    await dialog.getByRole("button", { name: "Check" }).click();
    const report = dialog.getByRole("region", { name: "Check" });
    await expect
      .poll(() => report.textContent())
      .toContain("Read from networkx-multigraph.graphml: 3 actors, 3 ties");
    expect(await report.getByRole("list", { name: "Warnings" }).count()).toBe(1);
    await dialog.getByRole("button", { name: "Open as a view" }).click();
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 3 of 3 actors · 3 of 3 ties");
    await page.close();
  });

  it("merges into a workspace after showing collisions, as one step Undo takes back", async () => {
    const page = await openApp(browser);
    let dialog = await openImport(page);
    await dialog
      .getByLabel("Files to import")
      .setInputFiles([`${FIXTURES}/actors.csv`, `${FIXTURES}/ties.csv`]);
    await dialog.getByRole("button", { name: "Check" }).click();
    await dialog.getByRole("button", { name: "Open as a new workspace" }).click();
    const editor = page.getByRole("complementary", { name: "Editor" });
    await expect
      .poll(() => editor.getByLabel("Workspace name").inputValue())
      .toBe("Imported from actors.csv");
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 4 of 4 actors · 3 of 3 ties");

    dialog = await openImport(page);
    await dialog
      .getByLabel("Files to import")
      .setInputFiles([`${FIXTURES}/actors-more.csv`, `${FIXTURES}/ties-more.csv`]);
    await dialog.getByRole("button", { name: "Check" }).click();
    await dialog.getByRole("button", { name: "Merge into this workspace…" }).click();
    const collisions = dialog.getByRole("list", { name: "Collisions" });
    await expect.poll(() => collisions.textContent()).toContain("actor a");
    await dialog.getByLabel(/Rename: add the imported/).check();
    await dialog.getByRole("button", { name: "Merge", exact: true }).click();
    await expect
      .poll(() =>
        dialog
          .getByRole("group", { name: /Merge into/ })
          .getByRole("status")
          .textContent(),
      )
      .toContain("2 actors and 1 tie added as one step");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 6 of 6 actors · 4 of 4 ties");

    await editor.getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 4 of 4 actors · 3 of 3 ties");

    // saving the whole workspace as Tamyr JSON marks it exported
    const since = editor.getByRole("status").filter({ hasText: /export/i });
    await expect.poll(() => since.textContent()).toContain("Modified since export");
    const exporter = await openExport(page);
    const json = await download(page, exporter.getByRole("button", { name: "Download data" }));
    expect(json.name).toBe("Imported-from-actors.csv.json");
    expect((JSON.parse(json.bytes.toString("utf8")) as Dataset).actors).toHaveLength(4);
    await exporter.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => since.textContent()).toContain("Exported");
    await page.close();
  });
});
