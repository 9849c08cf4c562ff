/**
 * The page's first script. It starts fetching (and checking) a `?data=`
 * file before anything else, then loads the app, so that the download and
 * the checks overlap the app's start instead of following it. zod is told
 * here, before any chunk that builds schemas is evaluated, not to compile
 * (zod-csp.ts).
 */
import "./zod-csp.ts";
import { loadDrawing } from "./graph/load-drawing.ts";
import { startLinkedFile } from "./state/linked-file.ts";
import "./styles.css";

startLinkedFile(window.location.search);
// cytoscape is fetched beside the app rather than after it; GraphView reports a failure
loadDrawing().catch(() => undefined);

import("./start-app.tsx").catch((error: unknown) => {
  const root = document.getElementById("root");
  if (root) {
    root.textContent = `Tamyr could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
  }
});
