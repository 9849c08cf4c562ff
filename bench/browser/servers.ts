/**
 * Builds and serves what the browser benchmark loads: the app as
 * `npm run build` makes it (dist/), an unminified build of it for readable
 * profiles, and the baseline pages. Each is served by vite's preview server
 * on a free localhost port, as in tests/browser/serve-built-app.ts, with
 * its files compressed ahead of time (precompressed.ts).
 */
import path from "node:path";
import { build, preview } from "vite";
import { precompressedFiles } from "./precompressed.ts";

export const PAGES_DIR = path.resolve("bench/browser/pages");

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** The app with the project's vite config; `outDir` and `minify` as given (dist/, minified: `npm run build`). */
export async function buildApp(outDir = "dist", minify = true): Promise<void> {
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true, minify } });
}

export async function buildPages(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: PAGES_DIR,
    base: "./",
    logLevel: "warn",
    build: {
      outDir: path.resolve(outDir),
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      rollupOptions: { input: path.join(PAGES_DIR, "baseline.html") },
    },
  });
}

/** Serves a built directory: the app's (with the project config) or, with `root`, the pages'. */
export async function serve(outDir: string, root?: string): Promise<Served> {
  const server = await preview({
    ...(root ? { configFile: false as const, root } : {}),
    build: { outDir: path.resolve(outDir) },
    plugins: [precompressedFiles(outDir)],
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
    logLevel: "silent",
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("preview server has no port");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
