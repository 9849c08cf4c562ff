/**
 * Sketching in real Chromium: a workspace in IndexedDB, two actors and a
 * tie with evidence, a reload that loses nothing, undo after the reload,
 * and an invalid edit refused with a message.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { openApp, screenshot, statusLine } from "./app-page.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function addActor(page: Page, name: string, domain: string, role: string) {
  const form = page.getByRole("form", { name: "Add actor" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByRole("group", { name: "Domains" }).getByLabel(domain, { exact: true }).check();
  await form.getByRole("group", { name: "Roles" }).getByLabel(role, { exact: true }).check();
  await form.getByRole("button", { name: "Add actor" }).click();
  await expect.poll(() => form.getByRole("status").textContent()).toBe(`Added ${name}.`);
}

describe("sketching", () => {
  it("builds a network in a workspace that survives a reload, with undo after reload", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await openApp(browser).then((p) => p.close());
    await page.goto(`${(await import("vitest")).inject("baseUrl")}`);
    await statusLine(page).waitFor();
    await page.getByRole("tab", { name: "Edit" }).click();
    await page.getByRole("button", { name: "New blank workspace" }).click();
    const editor = page.getByRole("complementary", { name: "Editor" });
    await expect.poll(() => editor.getByLabel("Workspace name").inputValue()).toBe("New workspace");
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 0 of 0 actors · 0 of 0 ties");

    await editor.locator("summary", { hasText: /^Add source/ }).click();
    const sourceForm = page.getByRole("form", { name: "Add source" });
    await sourceForm.getByLabel("Title").fill("Field notes");
    await sourceForm.getByLabel("Link (https://…)").fill("https://example.org/notes");
    await sourceForm.getByRole("button", { name: "Add source" }).click();
    await expect
      .poll(() => sourceForm.getByRole("status").textContent())
      .toBe("Added source “Field notes”.");

    await addActor(page, "Alpha Patron", "State", "Patron / elite");
    await addActor(page, "Beta Guards", "Security", "Enforcer");
    await editor.locator("summary", { hasText: /^Add tie/ }).click();
    const tieForm = page.getByRole("form", { name: "Add tie" });
    await tieForm.getByLabel("From", { exact: true }).selectOption({ label: "Alpha Patron" });
    await tieForm.getByLabel("To", { exact: true }).selectOption({ label: "Beta Guards" });
    await tieForm.getByLabel("Tie type").selectOption({ label: "Control" });
    await tieForm.getByLabel("Certainty").selectOption({ label: "Alleged" });
    await tieForm
      .getByLabel("Quote (paste the source's exact words)")
      .fill("Alpha was believed to command the guards.");
    await tieForm.getByLabel(/hedge/).fill("believed to");
    await tieForm.getByRole("button", { name: "Add tie" }).click();
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 2 of 2 actors · 1 of 1 ties");
    await expect
      .poll(() => editor.getByRole("status").filter({ hasText: "since export" }).textContent())
      .toContain("Modified since export");
    await screenshot(page, "sketch");

    // reload: everything is still there, read back from IndexedDB
    const url = page.url();
    expect(url).toContain("ws=ws-");
    await page.reload();
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 2 of 2 actors · 1 of 1 ties");
    await page.getByRole("tab", { name: "Details" }).click();
    await page.getByRole("tab", { name: "Table" }).click();
    await page.getByRole("button", { name: "Select Alpha Patron Control Beta Guards" }).click();
    await expect
      .poll(() =>
        page.getByRole("complementary", { name: "Inspector" }).locator("blockquote").textContent(),
      )
      .toBe("Alpha was believed to command the guards.");

    // undo after reload removes the tie, redo brings it back
    await page.getByRole("tab", { name: "Edit" }).click();
    await editor.getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 2 of 2 actors · 0 of 0 ties");
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+Shift+Z");
    await expect
      .poll(() => statusLine(page).textContent())
      .toBe("Showing 2 of 2 actors · 1 of 1 ties");

    // the change history lists what was done
    await editor.getByRole("button", { name: /^History/ }).click();
    const history = page.getByRole("dialog", { name: /Change history/ });
    await expect.poll(() => history.textContent()).toContain("Added actor 'Alpha Patron'");
    expect(await history.textContent()).toContain("Undid:");
    await history.getByRole("button", { name: "Close" }).click();
    await context.close();
  });

  it("refuses an invalid edit with a message and changes nothing", async () => {
    const page = await openApp(browser, "side=edit");
    await page.getByRole("button", { name: "New blank workspace" }).click();
    const form = page.getByRole("form", { name: "Add actor" });
    await form.getByRole("button", { name: "Add actor" }).click();
    await expect
      .poll(() => form.getByRole("alert").first().textContent())
      .toBe("must not be empty");
    expect(await form.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    expect(await form.getByRole("group", { name: "Domains" }).textContent()).toContain(
      "an actor needs at least one domain",
    );
    expect(await statusLine(page).textContent()).toBe("Showing 0 of 0 actors · 0 of 0 ties");
    await page.close();
  });

  it("editing a bundled dataset opens a copy as a new workspace", async () => {
    const page = await openApp(browser, "side=edit");
    await page.getByRole("button", { name: /^Edit a copy of/ }).click();
    const editor = page.getByRole("complementary", { name: "Editor" });
    await expect
      .poll(() => editor.getByLabel("Workspace name").inputValue())
      .toMatch(/\(sketch\)$/);
    const status = await statusLine(page).textContent();
    expect(status).toMatch(/^Showing 37 of 37 actors/);
    await page.close();
  });
});

describe("capturing a story step", () => {
  it("captures the view on screen as a step and plays it back", async () => {
    const page = await openApp(browser, "side=edit");
    await page.getByRole("button", { name: /^Edit a copy of/ }).click();
    const editor = page.getByRole("complementary", { name: "Editor" });
    await expect
      .poll(() => editor.getByLabel("Workspace name").inputValue())
      .toMatch(/\(sketch\)$/);
    // set a view: only reported ties or stronger
    await page.getByLabel("Minimum certainty").fill("3");
    // the status line follows a filter change a moment later (the change is a React transition)
    await expect.poll(() => statusLine(page).textContent()).not.toMatch(/ 56 of 56 ties$/);
    const status = await statusLine(page).textContent();
    expect(status).toMatch(/of 56 ties$/);
    await editor.locator("summary", { hasText: /^Story steps/ }).click();
    const form = page.getByRole("form", { name: "Capture this view as a story step" });
    await form.getByLabel("Story", { exact: true }).selectOption({ label: "A new story…" });
    await form.getByLabel("New story title").fill("What is established");
    await form.getByLabel("Step title").fill("Reported or stronger");
    await form.getByLabel(/^Caption/).fill("Only ties the memo reports or states.");
    await form.getByRole("button", { name: "Capture this view as a step" }).click();
    await expect
      .poll(() => form.getByRole("status").textContent())
      .toBe("Captured step 1 of “What is established”.");
    // reset the filter, then play the story: the step restores the captured view
    await page.getByLabel("Minimum certainty").fill("0");
    await page.getByRole("button", { name: "Story: What is established" }).click();
    await expect.poll(() => statusLine(page).textContent()).toBe(status);
    await page.close();
  });
});

describe("editing sources, events and the vocabulary", () => {
  it("edits a source, refuses to delete one still cited, and recolours a domain with undo", async () => {
    const page = await openApp(browser, "side=edit");
    await page.getByRole("button", { name: /^Edit a copy of/ }).click();
    const editor = page.getByRole("complementary", { name: "Editor" });
    await expect
      .poll(() => editor.getByLabel("Workspace name").inputValue())
      .toMatch(/\(sketch\)$/);
    await editor.locator("summary", { hasText: /^Sources \(/ }).click();
    const sources = editor.getByRole("list", { name: "Sources" });
    const title = (await sources.locator("li > span").first().textContent()) ?? "";
    page.once("dialog", (dialog) => void dialog.accept());
    await sources.getByRole("button", { name: `Delete ${title}` }).click();
    await expect.poll(() => sources.getByRole("alert").textContent()).toMatch(/still/);
    await sources.getByRole("button", { name: `Edit ${title}` }).click();
    const form = page.getByRole("form", { name: `Edit source ${title}` });
    await form.getByLabel("Publisher").fill("PONARS Eurasia (edited)");
    await form.getByRole("button", { name: "Save source" }).click();
    // the saved source is what the form now shows (it re-reads the workspace)
    await expect
      .poll(() => form.getByLabel("Publisher").inputValue())
      .toBe("PONARS Eurasia (edited)");
    expect(await editor.getByRole("button", { name: "Undo" }).getAttribute("title")).toMatch(
      /source/i,
    );
    // undo restores the previous publisher (the form shows the source as it now is)
    await editor.getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(() =>
        page
          .getByRole("form", { name: `Edit source ${title}` })
          .getByLabel("Publisher")
          .inputValue(),
      )
      .toBe("PONARS Eurasia");
    await page.close();
  });
});

describe("opening a file while a workspace is open", () => {
  it("shows the file read-only and keeps the workspace saved", async () => {
    const page = await openApp(browser, "side=edit");
    await page.getByRole("button", { name: "New blank workspace" }).click();
    const editor = page.getByRole("complementary", { name: "Editor" });
    await editor.getByLabel("Workspace name").fill("Kept sketch");
    await editor.getByLabel("Workspace name").press("Enter");
    await page.getByLabel("Dataset file").setInputFiles("tests/fixtures/cli/valid.json");
    await expect
      .poll(() => statusLine(page).textContent())
      .not.toBe("Showing 0 of 0 actors · 0 of 0 ties");
    expect(page.url()).not.toContain("ws=");
    await expect.poll(() => editor.getByRole("button", { name: "Kept sketch" }).count()).toBe(1);
    await page.close();
  });
});
