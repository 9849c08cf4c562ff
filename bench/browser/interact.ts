/** Interactions measured in any benchmark page: JS heap, frame times while zooming and panning. */
import type { Page } from "playwright-core";
import { median, percentile, round } from "../lib/stats.ts";

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

import "./page-globals.ts";

/** Used JS heap after a full GC, MB (CDP Runtime.getHeapUsage). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return round(usedSize / 1024 / 1024);
}

function stats(intervals: number[]): FrameStats {
  return {
    frames: intervals.length,
    medianMs: round(median(intervals)),
    p95Ms: round(percentile(intervals, 95)),
    maxMs: round(Math.max(0, ...intervals)),
  };
}

async function recordFrames(page: Page, action: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(() => window.__probe.startFrames());
  await action();
  await page.waitForTimeout(500);
  return stats(await page.evaluate(() => window.__probe.stopFrames()));
}

/** A gesture stops early after this long: with seconds-long frames, the frames recorded by then say enough. */
export const GESTURE_BUDGET_MS = 20_000;

/**
 * Frame intervals while zooming with the wheel over the canvas centre
 * (six notches in, six out), then while dragging from the canvas's top-left
 * corner, where the fitted graph leaves empty space, so the drag pans.
 */
export async function zoomAndPan(
  page: Page,
  canvas: string,
): Promise<{ zoom: FrameStats; pan: FrameStats }> {
  const box = await page.locator(canvas).first().boundingBox();
  if (!box) throw new Error(`no ${canvas} on the page`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  const zoom = await recordFrames(page, async () => {
    const start = Date.now();
    for (let i = 0; i < 12 && Date.now() - start < GESTURE_BUDGET_MS; i++) {
      await page.mouse.wheel(0, i < 6 ? -120 : 120);
      await page.waitForTimeout(40);
    }
  });
  const x0 = box.x + 8;
  const y0 = box.y + 8;
  await page.mouse.move(x0, y0);
  const pan = await recordFrames(page, async () => {
    await page.mouse.down();
    const start = Date.now();
    for (let i = 1; i <= 20 && Date.now() - start < GESTURE_BUDGET_MS; i++) {
      await page.mouse.move(x0 + 12 * i, y0 + 6 * i);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  });
  return { zoom, pan };
}
