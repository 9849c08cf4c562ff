/**
 * Serves the benchmark's files gzip-compressed ahead of time, as a static
 * host or a CDN serves them, instead of compressing every response again.
 *
 * Why: vite's preview server gzips each response as it sends it. The server
 * runs on the same two cores as the browser, so compressing the 10k file
 * (13.7 MB) again on every load took about 0.8 s of CPU from the page it was
 * loading, and the 50k file (69 MB) several seconds: a cost of the test rig,
 * not of the app. The page still downloads the compressed bytes and
 * decompresses them, as it would from a real server.
 *
 * Each file is compressed once per version (size and modification time),
 * the first time it is asked for or when the server starts, and answered
 * with the headers vite's own static server gives (a weak ETag and
 * `Cache-Control: no-cache`, so a browser revalidates as before).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

interface Compressed {
  etag: string;
  body: Buffer;
}

/** The file a request path names inside `root`, or undefined when it is outside it or not a file we compress. */
function fileFor(root: string, url: string | undefined): string | undefined {
  if (!url) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, "http://x").pathname);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, "." + pathname);
  if (!file.startsWith(root + path.sep) || !(path.extname(file) in TYPES)) return undefined;
  return file;
}

/** Every compressible file under `dir`, for compressing them before the first request. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && path.extname(entry.name) in TYPES)
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A vite plugin for the preview server of the built directory `dir`. */
export function precompressedFiles(dir: string): Plugin {
  const root = path.resolve(dir);
  const cache = new Map<string, Compressed>();

  function compressed(file: string): Compressed | undefined {
    let stats;
    try {
      stats = statSync(file);
    } catch {
      return undefined;
    }
    if (!stats.isFile()) return undefined;
    const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
    const hit = cache.get(file);
    if (hit?.etag === etag) return hit;
    const entry = { etag, body: gzipSync(readFileSync(file)) };
    cache.set(file, entry);
    return entry;
  }

  function answer(req: IncomingMessage, res: ServerResponse, next: () => void) {
    const file = req.method === "GET" ? fileFor(root, req.url) : undefined;
    const accepts = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const entry = file && accepts ? compressed(file) : undefined;
    if (!file || !entry) return next();
    res.setHeader("Content-Type", TYPES[path.extname(file)]!);
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("ETag", entry.etag);
    if (req.headers["if-none-match"] === entry.etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader("Content-Length", entry.body.length);
    res.end(entry.body);
  }

  return {
    name: "tamyr-bench-precompressed",
    configurePreviewServer(server) {
      for (const file of filesUnder(root)) compressed(file);
      // added here, not in a returned hook, so it answers before vite's own compression
      server.middlewares.use(answer);
    },
  };
}
