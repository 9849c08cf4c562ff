/** The app's figures as multiples of each baseline's, per size. */
import type { BrowserSizeResult } from "../browser/run-browser.ts";
import { round } from "../lib/stats.ts";

export type WithApp = BrowserSizeResult & { app: NonNullable<BrowserSizeResult["app"]> };

export interface Comparison {
  label: string;
  app: (s: WithApp) => number;
  baseline: (b: BrowserSizeResult["baselines"][string]) => number;
}

export const COMPARISONS: Record<string, Comparison> = {
  firstPaint: {
    label: "load → first painted frame, ms (app: from navigation, positions cached)",
    app: (s) => s.app.warm.paintedMs,
    baseline: (b) => b.firstPaintMs,
  },
  filterHide: {
    label: "hide one domain → painted frame, ms",
    app: (s) => s.app.filterHide.paintedMs,
    baseline: (b) => b.hideMs,
  },
  filterShow: {
    label: "show it again → painted frame, ms",
    app: (s) => s.app.filterShow.paintedMs,
    baseline: (b) => b.showMs,
  },
  firstPaintSettled: {
    label: "load → main thread quiet for 1 s, ms (the renderer's deferred drawing included)",
    app: (s) => s.app.warm.settledMs,
    baseline: (b) => b.firstPaintSettledMs,
  },
  filterHideSettled: {
    label: "hide one domain → main thread quiet, ms",
    app: (s) => s.app.filterHide.settledMs,
    baseline: (b) => b.hideSettledMs,
  },
  filterShowSettled: {
    label: "show it again → main thread quiet, ms",
    app: (s) => s.app.filterShow.settledMs,
    baseline: (b) => b.showSettledMs,
  },
  heap: {
    label: "JS heap after load, MB",
    app: (s) => s.app.warm.heapMb,
    baseline: (b) => b.heapMb,
  },
  zoomFrame: {
    label: "frame interval while zooming, median ms",
    app: (s) => s.app.frames.zoom.medianMs,
    baseline: (b) => b.frames.zoom.medianMs,
  },
  zoomFrameP95: {
    label: "frame interval while zooming, p95 ms",
    app: (s) => s.app.frames.zoom.p95Ms,
    baseline: (b) => b.frames.zoom.p95Ms,
  },
  panFrame: {
    label: "frame interval while panning, median ms",
    app: (s) => s.app.frames.pan.medianMs,
    baseline: (b) => b.frames.pan.medianMs,
  },
  panFrameP95: {
    label: "frame interval while panning, p95 ms",
    app: (s) => s.app.frames.pan.p95Ms,
    baseline: (b) => b.frames.pan.p95Ms,
  },
};

/** ratios[size][comparison][baseline] = app ÷ baseline. */
export function computeRatios(sizes: BrowserSizeResult[]) {
  const out: Record<string, Record<string, Record<string, number | null>>> = {};
  for (const size of sizes) {
    if (!size.app) continue;
    const bySize: Record<string, Record<string, number | null>> = {};
    for (const [id, c] of Object.entries(COMPARISONS)) {
      const row: Record<string, number | null> = {};
      for (const [name, b] of Object.entries(size.baselines)) {
        const base = c.baseline(b);
        row[name] = base > 0 ? round(c.app(size as WithApp) / base, 2) : null;
      }
      bySize[id] = row;
    }
    out[String(size.actors)] = bySize;
  }
  return out;
}
