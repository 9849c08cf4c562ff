/**
 * Global setup for browser tests: serves the built app (dist/) on a free
 * localhost port and hands its address to the tests.
 */
import { existsSync } from "node:fs";
import { preview } from "vite";
import type {} from "vitest";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) {
    throw new Error(
      "dist/ is missing: run `npm run build` before the browser tests (npm test does).",
    );
  }
  const server = await preview({
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
    logLevel: "silent",
  });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("preview server has no port");
  project.provide("baseUrl", `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
