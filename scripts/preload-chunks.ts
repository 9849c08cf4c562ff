/**
 * A Vite plugin that lists chunks as module preloads of the built page:
 * the chunks of the given modules and every chunk they import. The page
 * then downloads and compiles them at once, while evaluating them stays
 * with the dynamic imports that ask for them (src/app/start/staged-start.ts).
 */
import path from "node:path";
import type { Plugin } from "vite";

/** The part of a built chunk this needs (Rollup's and Rolldown's output chunks have it). */
export interface BuiltChunk {
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
}

/**
 * The files to preload for `modules` (paths relative to `root`): their
 * chunks, then what those import, each once; not the entry chunks, which
 * the page loads anyway. Throws when a module has no chunk of its own, so
 * that a renamed module cannot silently end the preloading.
 */
export function chunksToPreload(chunks: BuiltChunk[], modules: string[], root: string): string[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const chunk = byFile.get(file);
    if (!chunk || chunk.isEntry) return;
    files.push(file);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const module of modules) {
    const id = path.resolve(root, module);
    const chunk = chunks.find((c) => c.facadeModuleId === id);
    if (!chunk)
      throw new Error(`preload: no chunk begins with ${module}; is it still imported dynamically?`);
    visit(chunk.fileName);
  }
  return files;
}

export function preloadChunks(modules: string[]): Plugin {
  let root = process.cwd();
  return {
    name: "tamyr-preload-chunks",
    apply: "build",
    configResolved: (config) => {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      handler: (_html, context) => {
        if (!context.bundle) return [];
        const chunks = Object.values(context.bundle).filter((o) => o.type === "chunk");
        return chunksToPreload(chunks, modules, root).map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `./${file}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}
