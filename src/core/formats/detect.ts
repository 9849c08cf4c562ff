/**
 * Guessing a file's format from its name and its first characters.
 * The content decides when it is clear; the extension decides otherwise.
 */
import type { FormatId } from "./types.ts";

const BY_EXTENSION: Record<string, FormatId> = {
  gexf: "gexf",
  graphml: "graphml",
  cyjs: "cyjs",
  csv: "csv",
  tsv: "csv",
  ftm: "ftm",
  jsonl: "ftm",
  ndjson: "ftm",
};

function extension(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name.trim());
  return m ? m[1]!.toLowerCase() : "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isFtmEntity(value: unknown): boolean {
  return isRecord(value) && typeof value.schema === "string" && isRecord(value.properties);
}

function fromJson(value: unknown): FormatId | undefined {
  if (isRecord(value)) {
    if ("schemaVersion" in value && "actors" in value) return "json";
    if ("elements" in value) return "cyjs";
    if (
      Array.isArray(value.nodes) &&
      (value.nodes.length === 0 || (isRecord(value.nodes[0]) && "key" in value.nodes[0]))
    ) {
      return "graphology";
    }
    if (isFtmEntity(value)) return "ftm";
    return undefined;
  }
  if (Array.isArray(value) && value.length > 0) {
    if (value.every(isFtmEntity)) return "ftm";
    if (value.every((v) => isRecord(v) && isRecord(v.data))) return "cyjs";
  }
  return undefined;
}

/** The likely format of a file, or undefined when neither name nor content says. */
export function detectFormat(name: string, text: string): FormatId | undefined {
  const body = text.replace(/^\uFEFF/, "").trimStart();
  const head = body.slice(0, 4096);
  if (head.startsWith("<")) {
    if (/<(?:\w+:)?gexf[\s>]/.test(head)) return "gexf";
    if (/<(?:\w+:)?graphml[\s>]/.test(head)) return "graphml";
    return BY_EXTENSION[extension(name)];
  }
  if (head.startsWith("{") || head.startsWith("[")) {
    try {
      const found = fromJson(JSON.parse(body));
      if (found) return found;
    } catch {
      const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
      try {
        if (isFtmEntity(JSON.parse(firstLine))) return "ftm";
      } catch {
        // not JSON lines either
      }
    }
    const byName = BY_EXTENSION[extension(name)];
    return byName ?? (extension(name) === "json" ? "json" : undefined);
  }
  const byName = BY_EXTENSION[extension(name)];
  if (byName) return byName;
  const firstLine = head.split(/\r?\n/, 1)[0] ?? "";
  return /[,;\t]/.test(firstLine) ? "csv" : undefined;
}
