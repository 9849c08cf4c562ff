/**
 * The benchmark's servers answer with files compressed ahead of time
 * (bench/browser/precompressed.ts): the same bytes once decompressed, the
 * headers vite's static server gives, and a fresh compression when a file
 * changes.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, type Served } from "../../bench/browser/servers.ts";

const DIR = path.resolve("tests/.tmp/precompressed");

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on("error", reject)
      .end();
  });
}

const gzip = { "accept-encoding": "gzip" };

describe("the benchmark's precompressed files", () => {
  let server: Served;
  const text = JSON.stringify({ actors: Array.from({ length: 2000 }, (_, i) => `Актор ${i}`) });

  beforeAll(async () => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(path.join(DIR, "bench-data"), { recursive: true });
    writeFileSync(path.join(DIR, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(path.join(DIR, "bench-data", "d.json"), text);
    server = await serve(DIR);
  });
  afterAll(async () => {
    await server.close();
    rmSync(DIR, { recursive: true, force: true });
  });

  it("answers gzip that decompresses to the file, with a type, a length and an ETag", async () => {
    const answer = await get(`${server.url}bench-data/d.json`, gzip);
    expect(answer.status).toBe(200);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(answer.headers["cache-control"]).toBe("no-cache");
    expect(gunzipSync(answer.body).toString("utf8")).toBe(text);
  });

  it("answers 304 to a browser that has the same version", async () => {
    const first = await get(`${server.url}bench-data/d.json`, gzip);
    const etag = String(first.headers.etag);
    const again = await get(`${server.url}bench-data/d.json`, { ...gzip, "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("compresses a changed file afresh", async () => {
    const changed = JSON.stringify({ changed: "x".repeat(5000) });
    writeFileSync(path.join(DIR, "bench-data", "d.json"), changed);
    const answer = await get(`${server.url}bench-data/d.json`, gzip);
    expect(gunzipSync(answer.body).toString("utf8")).toBe(changed);
  });

  it("leaves to vite what it does not compress: no gzip asked, or a path outside the directory", async () => {
    const plain = await get(`${server.url}bench-data/d.json`, {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toContain("changed");
    const outside = await get(`${server.url}..%2f..%2f..%2fpackage.json`, gzip);
    const body =
      outside.headers["content-encoding"] === "gzip" ? gunzipSync(outside.body) : outside.body;
    expect(body.toString("utf8")).not.toContain('"name": "tamyr"');
  });
});
