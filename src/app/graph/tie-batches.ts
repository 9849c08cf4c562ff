/**
 * Ties for the overview layer, grouped by how they are drawn: one canvas
 * path per colour and opacity instead of one stroke per tie. The batches
 * hold the ties given, not copies: at 150,000 ties a copy of each, with its
 * look, took 11 MB of the page's heap.
 */

/** What the layer needs of a tie to stroke it: its ends, by actor id. */
export interface LayerTie {
  id: string;
  source: string;
  target: string;
}

export interface TieLook {
  color: string;
  opacity: number;
}

export interface TieBatch<T extends LayerTie = LayerTie> extends TieLook {
  ties: T[];
}

/** Batches in order of increasing opacity, so that strong ties are drawn over faint ones. */
export function batchTies<T extends LayerTie>(
  ties: Iterable<T>,
  look: (tie: T) => TieLook,
): TieBatch<T>[] {
  const byKey = new Map<string, TieBatch<T>>();
  for (const tie of ties) {
    const { color, opacity } = look(tie);
    const key = `${color}|${opacity}`;
    let batch = byKey.get(key);
    if (!batch) {
      batch = { color, opacity, ties: [] };
      byKey.set(key, batch);
    }
    batch.ties.push(tie);
  }
  return [...byKey.values()].sort(
    (a, b) => a.opacity - b.opacity || a.color.localeCompare(b.color),
  );
}
