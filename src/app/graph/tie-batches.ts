/**
 * Ties for the overview layer, grouped by how they are drawn: one canvas
 * path per colour and opacity instead of one stroke per tie.
 */

export interface LayerTie {
  id: string;
  source: string;
  target: string;
  color: string;
  opacity: number;
}

export interface TieBatch {
  color: string;
  opacity: number;
  ties: LayerTie[];
}

/** Batches in order of increasing opacity, so that strong ties are drawn over faint ones. */
export function batchTies(ties: Iterable<LayerTie>): TieBatch[] {
  const byKey = new Map<string, TieBatch>();
  for (const tie of ties) {
    const key = `${tie.color}|${tie.opacity}`;
    let batch = byKey.get(key);
    if (!batch) {
      batch = { color: tie.color, opacity: tie.opacity, ties: [] };
      byKey.set(key, batch);
    }
    batch.ties.push(tie);
  }
  return [...byKey.values()].sort(
    (a, b) => a.opacity - b.opacity || a.color.localeCompare(b.color),
  );
}
