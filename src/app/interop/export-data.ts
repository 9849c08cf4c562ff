/**
 * A data export as one download: the dataset (whole or the view's subset)
 * written in a format; CSV's two tables go into one zip, so they travel
 * together and the browser asks for one download, not two.
 */
import { strToU8, zipSync } from "fflate";
import type { Dataset } from "../../../schema/index.ts";
import {
  exportDataset,
  formatInfo,
  subsetDataset,
  type FormatId,
  type Positions,
} from "../../core/formats/index.ts";
import { dataFileName, type ExportScope } from "./file-names.ts";

export interface DataExportRequest {
  dataset: Dataset;
  /** The name files are called after (the dataset's title or the workspace's name). */
  title: string;
  format: FormatId;
  scope: ExportScope;
  /** What is on screen, for scope "view". */
  visible: { actors: Iterable<string>; ties: Iterable<string> };
  /** The layout on screen; written by the formats that carry one. */
  positions?: Positions;
}

export interface Download {
  fileName: string;
  blob: Blob;
}

/** The dataset a scope exports. */
export function scopedDataset(
  dataset: Dataset,
  scope: ExportScope,
  visible: DataExportRequest["visible"],
): Dataset {
  return scope === "view" ? subsetDataset(dataset, visible.actors, visible.ties) : dataset;
}

function keptPositions(dataset: Dataset, positions: Positions | undefined): Positions | undefined {
  if (!positions) return undefined;
  const kept: Positions = {};
  for (const actor of dataset.actors) {
    const p = positions[actor.id];
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) kept[actor.id] = { x: p.x, y: p.y };
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

export function dataExport(request: DataExportRequest): Download {
  const { format, scope, title } = request;
  const dataset = scopedDataset(request.dataset, scope, request.visible);
  const info = formatInfo(format);
  // JSON writes the dataset as it is (its saved layout); the graph formats get the layout on screen
  const positions =
    format !== "json" && info.carries.layout === "yes"
      ? keptPositions(dataset, request.positions)
      : undefined;
  const output = exportDataset(format, dataset, positions ? { positions } : {});
  const fileName = dataFileName(title, scope, format);
  if (typeof output === "string") {
    return { fileName, blob: new Blob([output], { type: `${info.mimeType};charset=utf-8` }) };
  }
  const entries = Object.fromEntries(
    Object.entries(output.files).map(([name, text]) => [name, strToU8(text)] as const),
  );
  return { fileName, blob: new Blob([zipSync(entries)], { type: "application/zip" }) };
}
