/**
 * Loads the drawing's code apart from the rest of the app. Evaluating
 * cytoscape takes a tenth of a second or more on a slow machine; as a module
 * of its own it runs in a task of its own, not in the one that starts the
 * app. fcose, needed only to lay out a small network without saved
 * positions, is loaded only then.
 */
type Drawing = typeof import("./drawing.ts");

let drawing: Promise<Drawing> | undefined;

/** The drawing's module, loaded once; called early (main.tsx) so it loads while the app and the dataset do. */
export function loadDrawing(): Promise<Drawing> {
  // a failed load is not tried again: browsers keep a module's failure until the page reloads
  drawing ??= import("./drawing.ts");
  return drawing;
}

export function loadFcoseLayout(): Promise<typeof import("./fcose-layout.ts")> {
  return import("./fcose-layout.ts");
}
