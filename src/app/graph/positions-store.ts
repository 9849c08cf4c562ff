/** Layout positions kept per dataset for the session, so the picture does not jump. */
import type { Positions } from "./elements.ts";

const key = (datasetKey: string) => `tamyr:positions:${datasetKey}`;

export function loadPositions(datasetKey: string): Positions | null {
  try {
    const text = sessionStorage.getItem(key(datasetKey));
    if (!text) return null;
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== "object") return null;
    const out: Positions = Object.create(null);
    for (const [id, value] of Object.entries(parsed as Record<string, unknown>)) {
      const p = value as { x?: unknown; y?: unknown };
      if (typeof p?.x === "number" && typeof p?.y === "number" && isFinite(p.x) && isFinite(p.y)) {
        out[id] = { x: p.x, y: p.y };
      }
    }
    return out;
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
