/**
 * Starts the app in stages, each evaluated in a task of its own. A browser
 * evaluates a dynamically imported module with all the modules it needs
 * that have not run yet, in one task; the whole app at once was a task of
 * 100–260 ms at start-up (docs/benchmarks.md). The stages are its largest
 * libraries, then the app, then the drawing: React's DOM renderer; zod,
 * the schema and graphology; the explorer; cytoscape. They download
 * together, not one after another: the built page lists their chunks as
 * module preloads (stage-modules.ts).
 */
import { loadDrawing } from "../graph/load-drawing.ts";
import { nextTask } from "../../core/pieces/next-task.ts";

/** Rejects when the explorer cannot start; a drawing that fails to load is reported by the graph view. */
export async function startApp(): Promise<void> {
  await import("./react-runtime.ts");
  await nextTask();
  await import("./model-runtime.ts");
  await nextTask();
  await import("../start-app.tsx");
  await nextTask();
  loadDrawing().catch(() => undefined);
}
