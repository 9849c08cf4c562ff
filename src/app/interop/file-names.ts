/** File names for exports: `<dataset>[-view].<ext>`, figures `<dataset>-view[@2x].png`. */
import type { FormatId } from "../../core/formats/index.ts";

/** Letters (any script), digits, `.`, `_` and `-`; everything else becomes `-`. */
export function fileBase(title: string): string {
  const base = title
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 80)
    .replace(/[-.]+$/, "");
  return base || "tamyr";
}

export type ExportScope = "dataset" | "view";

/** What each data format's download is called (CSV is one zip holding both tables). */
const SUFFIX: Record<FormatId, string> = {
  json: ".json",
  csv: "-csv.zip",
  gexf: ".gexf",
  graphml: ".graphml",
  cyjs: ".cyjs",
  graphology: ".graphology.json",
  ftm: ".ftm.json",
};

export function dataFileName(title: string, scope: ExportScope, format: FormatId): string {
  return `${fileBase(title)}${scope === "view" ? "-view" : ""}${SUFFIX[format]}`;
}

export function figureFileName(title: string, kind: "png" | "svg", scale = 1): string {
  const at = kind === "png" && scale !== 1 ? `@${scale}x` : "";
  return `${fileBase(title)}-view${at}.${kind}`;
}
