/**
 * The page's first script. It starts fetching (and checking) a `?data=`
 * file before anything else, then starts the app in stages
 * (start/staged-start.ts), so that the download and the checks overlap the
 * app's start instead of following it. zod is told here, before any chunk
 * that builds schemas is evaluated, not to compile (zod-csp.ts).
 */
import "./zod-csp.ts";
import { startLinkedFile } from "./state/linked-file.ts";
import { startApp } from "./start/staged-start.ts";
import "./styles.css";

startLinkedFile(window.location.search);

startApp().catch((error: unknown) => {
  const root = document.getElementById("root");
  if (root) {
    root.textContent = `Tamyr could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
  }
});
