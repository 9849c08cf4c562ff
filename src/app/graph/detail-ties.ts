/**
 * On large graphs cytoscape holds the actors, and a tie only when it is
 * worth a full drawing (arrow, dashes, something to click): the ties of the
 * actors in view once the camera is close enough, and the ties a reader
 * picked (a path, a story step, the selected tie). Everything else goes to
 * the overview layer (tie-layer.ts). Actor names are drawn on the same
 * condition: only when few enough actors are in view to read them.
 */

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DetailLimits {
  /** Ties are drawn in full only when at most this many shown actors are in view. */
  actors: number;
  /** At most this many ties in full, besides the ones always wanted. */
  ties: number;
}

/** Each tie cytoscape holds costs about 75 µs to add and style: keep the set small. */
export const DETAIL_LIMITS: DetailLimits = { actors: 500, ties: 1500 };

export interface DetailInput {
  extent: Extent;
  position(actorId: string): { x: number; y: number } | undefined;
  shownActors: Iterable<string>;
  shownTies: Iterable<{ id: string; source: string; target: string }>;
  /** Ties wanted in full wherever the camera is (if shown). */
  always: Iterable<string>;
  limits?: DetailLimits;
}

const inside = (p: { x: number; y: number }, e: Extent) =>
  p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;

export interface Detail {
  /** The ties to draw in full. */
  ties: Set<string>;
  /** The shown actors in view, when few enough to label; null when the view is crowded. */
  actors: Set<string> | null;
}

/** What to draw in full for this camera. */
export function detailFor(input: DetailInput): Detail {
  const limits = input.limits ?? DETAIL_LIMITS;
  const inView = new Set<string>();
  let crowded = false;
  for (const id of input.shownActors) {
    const p = input.position(id);
    if (!p || !inside(p, input.extent)) continue;
    inView.add(id);
    if (inView.size > limits.actors) {
      crowded = true;
      break;
    }
  }
  const wanted = new Set(input.always);
  const out = new Set<string>();
  let budget = crowded ? 0 : limits.ties;
  for (const tie of input.shownTies) {
    if (wanted.has(tie.id)) out.add(tie.id);
    else if (budget > 0 && (inView.has(tie.source) || inView.has(tie.target))) {
      out.add(tie.id);
      budget--;
    }
  }
  return { ties: out, actors: crowded ? null : inView };
}
