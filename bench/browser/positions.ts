/**
 * Precomputed positions, the same for the app and every baseline: each
 * generated community is a disc, the discs laid on a sunflower spiral.
 * Cheap at any size and deterministic.
 */
import type { Dataset } from "../../schema/index.ts";
import type { Positions } from "../../src/app/graph/elements.ts";
import { createRng } from "../../src/core/generate/random.ts";

const SPACING = 40;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function communityPositions(dataset: Dataset, seed = 1): Positions {
  const rng = createRng(seed);
  const members = new Map<number, string[]>();
  for (const actor of dataset.actors) {
    const c = Number(actor.attributes?.community ?? 0);
    const list = members.get(c);
    if (list) list.push(actor.id);
    else members.set(c, [actor.id]);
  }
  const communities = [...members.keys()].sort((a, b) => a - b);
  const typical = Math.sqrt(dataset.actors.length / Math.max(1, communities.length)) * SPACING;
  const positions: Positions = {};
  communities.forEach((c, k) => {
    const ids = members.get(c) ?? [];
    const ring = typical * 2.2 * Math.sqrt(k + 0.5);
    const cx = ring * Math.cos(k * GOLDEN_ANGLE);
    const cy = ring * Math.sin(k * GOLDEN_ANGLE);
    const radius = Math.sqrt(ids.length) * SPACING * 0.6;
    for (const id of ids) {
      const angle = rng.next() * 2 * Math.PI;
      const r = radius * Math.sqrt(rng.next());
      positions[id] = {
        x: Math.round((cx + r * Math.cos(angle)) * 10) / 10,
        y: Math.round((cy + r * Math.sin(angle)) * 10) / 10,
      };
    }
  });
  return positions;
}
