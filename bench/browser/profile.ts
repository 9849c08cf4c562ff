/**
 * CPU profiles of the app's main thread (CDP Profiler), summarised by
 * function and by source module. Profiles are taken against an unminified
 * build, whose bundle marks each module's start with a `// path` comment
 * line: a sample's line number then tells which module it ran in.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { round } from "../lib/stats.ts";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Row {
  name: string;
  module: string;
  ms: number;
}
export interface ProfileSummary {
  wallMs: number;
  /** Sampled time, less idle samples (time the thread ran nothing is not sampled at all). */
  busyMs: number;
  byModule: Row[];
  /** Functions by self time. */
  self: Row[];
  /** Functions by total time (self + callees), each counted once per sample. */
  total: Row[];
}

/** Module start lines of every JavaScript file of a build, by file name. */
export type ModuleIndex = Map<string, { line: number; module: string }[]>;

const MARKER = /^\/\/ ((?:node_modules|src|schema|\0)\S*)$/;

function shortModule(file: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (nm) return nm[1] as string;
  return file.replace(/^\0/, "");
}

export function indexBuild(outDir: string): ModuleIndex {
  const index: ModuleIndex = new Map();
  const assets = path.join(outDir, "assets");
  for (const file of readdirSync(assets).filter((f) => f.endsWith(".js"))) {
    const starts: { line: number; module: string }[] = [];
    readFileSync(path.join(assets, file), "utf8")
      .split("\n")
      .forEach((text, line) => {
        const match = MARKER.exec(text);
        if (match) starts.push({ line, module: shortModule(match[1] as string) });
      });
    index.set(file, starts);
  }
  return index;
}

function moduleOf(index: ModuleIndex, frame: CallFrame): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  const file = frame.url.split("/").pop()?.split("?")[0] ?? "";
  const starts = index.get(file);
  if (!starts) return file || frame.url;
  let found = "(bundle)";
  for (const s of starts) {
    if (s.line > frame.lineNumber) break;
    found = s.module;
  }
  return found;
}

export async function profile<T>(
  page: Page,
  action: () => Promise<T>,
): Promise<{ result: T; profile: CpuProfile }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Profiler.start");
  const result = await action();
  const { profile: p } = await cdp.send("Profiler.stop");
  await cdp.detach();
  return { result, profile: p as unknown as CpuProfile };
}

const top = (rows: Map<string, Row>, n: number) =>
  [...rows.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((r) => ({ ...r, ms: round(r.ms) }));

export function summarize(p: CpuProfile, index: ModuleIndex, rows = 15): ProfileSummary {
  const nodes = new Map(p.nodes.map((n) => [n.id, n] as const));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keys = new Map<number, { key: string; module: string }>();
  const keyOf = (n: ProfileNode) => {
    let k = keys.get(n.id);
    if (!k) {
      const module = moduleOf(index, n.callFrame);
      k = { key: `${n.callFrame.functionName}|${module}|${n.callFrame.lineNumber}`, module };
      keys.set(n.id, k);
    }
    return k;
  };
  const self = new Map<string, Row>();
  const total = new Map<string, Row>();
  const byModule = new Map<string, Row>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  let idle = 0;
  samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const node = nodes.get(id);
    if (!node) return;
    if (node.callFrame.functionName === "(idle)") idle += ms;
    const { key, module } = keyOf(node);
    const name = node.callFrame.functionName || "(anonymous)";
    const add = (map: Map<string, Row>, k: string, row: Omit<Row, "ms">) => {
      const existing = map.get(k) ?? { ...row, ms: 0 };
      existing.ms += ms;
      map.set(k, existing);
    };
    add(self, key, { name, module });
    add(byModule, module, { name: module, module });
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = nodes.get(cur);
      if (!n || n.callFrame.functionName === "(root)") continue;
      const k = keyOf(n);
      if (seen.has(k.key)) continue;
      seen.add(k.key);
      add(total, k.key, { name: n.callFrame.functionName || "(anonymous)", module: k.module });
    }
  });
  const wallMs = (p.endTime - p.startTime) / 1000;
  const sampled = deltas.reduce((sum, d) => sum + d, 0) / 1000;
  return {
    wallMs: round(wallMs),
    busyMs: round(sampled - idle),
    byModule: top(byModule, rows),
    self: top(self, rows),
    total: top(total, rows),
  };
}
