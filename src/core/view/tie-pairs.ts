/**
 * Ties as pairs of positions in an actor list: the compact form in which
 * ties cross to the layout worker. Kept apart from force-layout.ts so the
 * page can build the pairs without loading ForceAtlas2, which runs only in
 * the worker.
 */

/** Each tie as two positions in `actorIds` (source, target), one after the other; ties with an end not listed are left out. */
export function tiePairs(
  actorIds: readonly string[],
  ties: readonly { source: string; target: string }[],
): Uint32Array {
  const index = new Map<string, number>();
  actorIds.forEach((id, i) => index.set(id, i));
  const pairs = new Uint32Array(ties.length * 2);
  let n = 0;
  for (const tie of ties) {
    const s = index.get(tie.source);
    const t = index.get(tie.target);
    if (s === undefined || t === undefined) continue;
    pairs[n++] = s;
    pairs[n++] = t;
  }
  return pairs.slice(0, n);
}
