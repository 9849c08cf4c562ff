import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { preloadChunks } from "./scripts/preload-chunks.ts";
import { START_STAGE_MODULES } from "./src/app/start/stage-modules.ts";

/**
 * The Content-Security-Policy of the built app (see docs/security.md). It is
 * added at build time only: the dev server needs an inline script for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "tamyr-content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
          injectTo: "head-prepend",
        },
        {
          tag: "meta",
          attrs: { name: "referrer", content: "no-referrer" },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}

const VALIDATOR_FACTORIES = "virtual:validator-factories";

/**
 * The dataset's compiled validators as ordinary functions, written at build
 * time for the dataset worker, where the Content-Security-Policy forbids the
 * eval zod compiles with (src/core/dataset/validator-factories.ts).
 */
function validatorFactories(): Plugin {
  const resolved = "\0" + VALIDATOR_FACTORIES;
  return {
    name: "tamyr-validator-factories",
    resolveId: (source) => (source === VALIDATOR_FACTORIES ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      const { recordGeneratedCode, factoryModuleSource } =
        await import("./src/core/dataset/validator-factories.ts");
      const { compileSchemas } = await import("./src/core/dataset/dataset-validator.ts");
      return factoryModuleSource(recordGeneratedCode(() => void compileSchemas()));
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    validatorFactories(),
    preloadChunks(START_STAGE_MODULES),
  ],
  base: "./",
  build: {
    outDir: "dist",
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
  },
  worker: { format: "es", plugins: () => [validatorFactories()] },
});
