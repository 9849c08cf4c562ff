/**
 * What draws the network: cytoscape, the adapter that owns it, and sketching
 * on it. The page loads this module on its own (load-drawing.ts), so that
 * cytoscape is evaluated in a task of its own instead of inside the app's.
 */
export { CyAdapter } from "./cy-adapter.ts";
export { EditMode } from "./edit-mode.ts";
