/** Types of what probe.js and the baseline page put on `window`, for page.evaluate callbacks. */
import type { RendererName } from "./pages/renderers.ts";

export interface LoadTiming {
  shownMs: number;
  paintedMs: number;
}
export interface LayoutTiming {
  layoutMs: number;
  paintedMs: number;
  workerMs: number;
}
export interface ToggleTiming {
  syncMs: number;
  shownMs: number;
  paintedMs: number;
  status: string;
  /** Page clock at the click. */
  startedAt: number;
}
/** What `__probe.settle(t0)` reports: see probe.js. */
export interface Settled {
  settledMs: number;
  longestFrameMs: number;
  longestScriptMs: number;
  longestScriptInvoker: string;
}
export interface PathTiming {
  shownMs: number;
  paintedMs: number;
  startedAt: number;
  found: number;
}
export interface KeyTiming {
  renderedMs: number;
  paintedMs: number;
  hits: number;
}

declare global {
  interface Window {
    __probe: {
      frames(): Promise<number>;
      statusText(): string;
      expectLoad(actors: number): void;
      fileLoaded(): Promise<LoadTiming & { error?: string }>;
      layoutDone(timeoutMs: number): Promise<LayoutTiming>;
      toggleDomain(label: string): Promise<ToggleTiming>;
      armKeystroke(): void;
      findPaths(): Promise<PathTiming>;
      keystroke(): Promise<KeyTiming>;
      startFrames(): void;
      stopFrames(): number[];
      settle(t0: number, quietMs?: number, timeoutMs?: number): Promise<Settled>;
    };
    bench: {
      prepare(dataUrl: string, datasetUrl?: string): Promise<number>;
      render(name: RendererName): Promise<number>;
      hide(): Promise<number>;
      show(): Promise<number>;
      startedAt(): number;
    };
  }
}

export const PROBE_SCRIPT = "bench/browser/probe.js";
