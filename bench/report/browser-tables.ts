/** The report's browser section: the app's own figures, the app against each baseline, and profiles. */
import type { BrowserSide, BrowserSizeResult } from "../browser/run-browser.ts";
import { BASELINES } from "../browser/baselines.ts";
import type { ProfileSummary } from "../browser/profile.ts";
import { COMPARISONS, type WithApp } from "./ratios.ts";
import { count, mb, ms, table } from "./table.ts";

function appTable(s: WithApp): string {
  const a = s.app;
  return table(
    ["app measure", "value"],
    [
      ["cold load (?data= link): navigation → status line filled", ms(a.cold.shownMs)],
      ["cold load: → first painted frame (nodes not yet laid out)", ms(a.cold.paintedMs)],
      ["cold load: → layout done (ForceAtlas2 worker, progress bar gone)", ms(a.cold.layoutMs)],
      ["cold load: → laid-out graph painted", ms(a.cold.layoutPaintedMs)],
      ["of which the layout worker (progress bar shown → gone)", ms(a.cold.workerMs)],
      ["JS heap after cold load and layout", mb(a.cold.heapMb)],
      [
        "cold load, navigation → laid out: longest script outside a paint / longest frame",
        `${ms(a.cold.longestScriptMs)} / ${ms(a.cold.longestFrameMs)}`,
      ],
      ["warm load (positions cached): → status line filled", ms(a.warm.shownMs)],
      ["warm load: → first painted frame", ms(a.warm.paintedMs)],
      ["warm load: → main thread quiet for 1 s", ms(a.warm.settledMs)],
      [
        "warm load: longest script outside a paint / longest frame",
        `${ms(a.warm.longestScriptMs)} / ${ms(a.warm.longestFrameMs)}`,
      ],
      ["JS heap after warm load", mb(a.warm.heapMb)],
      [`untick "${s.domain}": click handler returns`, ms(a.filterHide.syncMs)],
      [`untick "${s.domain}": → status line updated`, ms(a.filterHide.shownMs)],
      [`untick "${s.domain}": → painted frame`, ms(a.filterHide.paintedMs)],
      [`untick "${s.domain}": → main thread quiet`, ms(a.filterHide.settledMs)],
      ["tick it again: → painted frame", ms(a.filterShow.paintedMs)],
      ["tick it again: → main thread quiet", ms(a.filterShow.settledMs)],
      [
        "filter clicks: longest script outside a paint / longest frame",
        `${ms(Math.max(a.filterHide.longestScriptMs, a.filterShow.longestScriptMs))} / ${ms(
          Math.max(a.filterHide.longestFrameMs, a.filterShow.longestFrameMs),
        )}`,
      ],
      [`search keystroke ("${s.query}", per key): → results rendered`, ms(a.keystroke.renderedMs)],
      ["search keystroke: → painted frame", ms(a.keystroke.paintedMs)],
      ...(a.paths
        ? [
            [
              "open the Paths tab (the panel hands the shown network to the worker)",
              ms(a.paths.openMs),
            ],
            [
              `path query (${a.paths.found} paths found): "Find paths" → results painted`,
              ms(a.paths.paintedMs),
            ],
            ["path query: longest script outside a paint", ms(a.paths.longestScriptMs)],
          ]
        : []),
      [
        "zoom: frame interval median / p95 / max",
        `${ms(a.frames.zoom.medianMs)} / ${ms(a.frames.zoom.p95Ms)} / ${ms(a.frames.zoom.maxMs)}`,
      ],
      [
        "pan: frame interval median / p95 / max",
        `${ms(a.frames.pan.medianMs)} / ${ms(a.frames.pan.p95Ms)} / ${ms(a.frames.pan.maxMs)}`,
      ],
    ],
  );
}

function comparisonTable(s: WithApp): string {
  const names = BASELINES.filter((b) => s.baselines[b.name]);
  const rows = Object.values(COMPARISONS).map((c) => {
    const app = c.app(s);
    const fmt = c.label.includes("MB") ? mb : ms;
    return [
      c.label,
      fmt(app),
      ...names.map((b) => {
        const base = c.baseline(s.baselines[b.name] as BrowserSizeResult["baselines"][string]);
        return `${fmt(base)} (app ×${base > 0 ? (app / base).toFixed(2) : "–"})`;
      }),
    ];
  });
  return table(["measure", "app", ...names.map((b) => b.label)], rows);
}

function baselineOnlyTable(s: BrowserSizeResult): string {
  const names = BASELINES.filter((b) => s.baselines[b.name]);
  const rows = Object.values(COMPARISONS).map((c) => [
    c.label,
    "failed",
    ...names.map((b) => {
      const v = c.baseline(s.baselines[b.name] as BrowserSizeResult["baselines"][string]);
      return c.label.includes("MB") ? mb(v) : ms(v);
    }),
  ]);
  return table(["measure", "app", ...names.map((b) => b.label)], rows);
}

function profileTables(name: string, p: ProfileSummary): string {
  // shares of the sampled non-idle time (results of older runs overstated busyMs: recompute)
  const busy = p.byModule.filter((r) => r.name !== "(idle)").reduce((sum, r) => sum + r.ms, 0);
  const pct = (v: number) => `${((100 * v) / Math.max(1, busy)).toFixed(0)}%`;
  return [
    `**${name}**: ${ms(p.wallMs)} wall, about ${ms(busy)} of it busy on the main thread.`,
    "",
    table(
      ["module (self time)", "ms", "share"],
      p.byModule
        .filter((r) => r.name !== "(idle)")
        .slice(0, 8)
        .map((r) => [r.name, ms(r.ms), pct(r.ms)]),
    ),
    "",
    table(
      ["function (total time)", "module", "ms", "share"],
      p.total.slice(0, 12).map((r) => [r.name, r.module, ms(r.ms), pct(r.ms)]),
      [0, 1],
    ),
    "",
    table(
      ["function (self time)", "module", "ms", "share"],
      p.self.slice(0, 8).map((r) => [r.name, r.module, ms(r.ms), pct(r.ms)]),
      [0, 1],
    ),
    "",
  ].join("\n");
}

export function browserSection(browser: BrowserSide): string {
  const parts = ["## Browser: the app against baselines", ""];
  for (const s of browser.sizes) {
    parts.push(
      `### ${count(s.actors)} actors (${s.ties} ties; the filter hides ${s.hiddenActors} actors)`,
      "",
      ...(s.app
        ? [appTable(s as WithApp), "", comparisonTable(s as WithApp), ""]
        : [baselineOnlyTable(s), ""]),
      ...Object.entries(s.errors ?? {}).map(
        ([what, message]) => `- **${what} failed**: ${message}`,
      ),
      "",
    );
  }
  const profiled = browser.sizes.filter((s) => s.profiles);
  if (profiled.length > 0) {
    parts.push("## Profiles of the app's main thread", "");
    for (const s of profiled) {
      parts.push(`### ${count(s.actors)} actors`, "");
      for (const [name, p] of Object.entries(s.profiles ?? {})) parts.push(profileTables(name, p));
    }
  }
  return parts.join("\n");
}
