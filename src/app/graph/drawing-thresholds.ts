/**
 * The sizes at which the drawing changes strategy. Kept apart from the
 * modules that import cytoscape, so the page can decide before it has loaded
 * cytoscape (the drawing is loaded on its own, see load-drawing.ts).
 */

/** Above this many actors, level-of-detail rendering is switched on and the network is drawn in pieces. */
export const LARGE_GRAPH = 500;

/** Up to this many actors, a network without saved positions is laid out with fcose on the page; above, ForceAtlas2 runs in a worker. */
export const FCOSE_LIMIT = 400;
