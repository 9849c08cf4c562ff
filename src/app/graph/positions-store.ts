/** Layout positions kept per dataset for the session, so the picture does not jump. */
import type { Positions } from "./elements.ts";

const key = (datasetKey: string) => `tamyr:positions:${datasetKey}`;

export function loadPositions(datasetKey: string): Positions | null {
  try {
    const text = sessionStorage.getItem(key(datasetKey));
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return null;
    // checked in place, not copied: tens of thousands of positions on large networks. Without a
    // prototype, an actor called "constructor" has no position it did not save.
    const out = Object.setPrototypeOf(parsed, null) as Record<string, unknown>;
    for (const id in out) {
      const p = out[id] as { x?: unknown; y?: unknown } | null;
      const valid =
        typeof p?.x === "number" && typeof p.y === "number" && isFinite(p.x) && isFinite(p.y);
      if (!valid) delete out[id];
    }
    return out as Positions;
  } catch {
    return null;
  }
}

export function savePositions(datasetKey: string, positions: Positions): void {
  try {
    sessionStorage.setItem(key(datasetKey), JSON.stringify(positions));
  } catch {
    // storage full or unavailable: positions are a convenience, the view still works
  }
}
