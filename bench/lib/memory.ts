/**
 * Memory readings for the Node benchmark. Peak RSS comes from Linux's
 * VmHWM, reset before each step through /proc/self/clear_refs, so a step's
 * peak is its own even though JavaScript cannot sample during synchronous
 * work. Elsewhere the reading falls back to the RSS after the step.
 */
import { readFileSync, writeFileSync } from "node:fs";
import v8 from "node:v8";
import vm from "node:vm";

export const MB = 1024 * 1024;

/** `gc()`, also when Node was started without --expose-gc (as under vitest). */
export function getGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

/** Starts a new peak-RSS window; false when the platform cannot. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** Peak RSS in MB since the last reset (or the current RSS where there is no VmHWM). */
export function peakRssMb(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss / MB;
}
