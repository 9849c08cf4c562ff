import path from "node:path";
import { describe, expect, it } from "vitest";
import { chunksToPreload, type BuiltChunk } from "../../scripts/preload-chunks.ts";

const root = path.resolve("/project");
const chunk = (fileName: string, module: string | null, imports: string[] = [], isEntry = false) =>
  ({
    fileName,
    facadeModuleId: module && path.resolve(root, module),
    imports,
    isEntry,
  }) satisfies BuiltChunk;

const chunks = [
  chunk("assets/index.js", "src/main.tsx", ["assets/runtime.js"], true),
  chunk("assets/runtime.js", null),
  chunk("assets/react.js", "src/start/react.ts", ["assets/client.js", "assets/runtime.js"]),
  chunk("assets/client.js", null, ["assets/runtime.js"]),
  chunk("assets/app.js", "src/app.tsx", [
    "assets/client.js",
    "assets/shared.js",
    "assets/index.js",
  ]),
  chunk("assets/shared.js", null),
  chunk("assets/dialog.js", "src/dialog.tsx", ["assets/shared.js"]),
];

describe("chunksToPreload", () => {
  it("lists the modules' chunks and all they import, each once, without the entry", () => {
    expect(chunksToPreload(chunks, ["src/start/react.ts", "src/app.tsx"], root)).toEqual([
      "assets/react.js",
      "assets/client.js",
      "assets/runtime.js",
      "assets/app.js",
      "assets/shared.js",
    ]);
  });

  it("leaves out chunks no listed module needs", () => {
    expect(chunksToPreload(chunks, ["src/app.tsx"], root)).not.toContain("assets/dialog.js");
  });

  it("fails the build when a module has no chunk of its own", () => {
    expect(() => chunksToPreload(chunks, ["src/start/renamed.ts"], root)).toThrow(
      /src\/start\/renamed\.ts/,
    );
  });
});
