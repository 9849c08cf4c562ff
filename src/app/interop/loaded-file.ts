/** Files picked or dropped for import, read as text with the app's size limit. */
import { detectFormat, inferMapping } from "../../core/formats/index.ts";
import { MAX_FILE_BYTES } from "../file/useFileOpener.ts";
import { readCsvHead } from "./csv-head.ts";

export interface LoadedFile {
  name: string;
  text: string;
}

export async function readFiles(
  files: readonly File[],
): Promise<{ loaded: LoadedFile[]; refused: string[] }> {
  const loaded: LoadedFile[] = [];
  const refused: string[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) {
      refused.push(
        `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB`,
      );
      continue;
    }
    try {
      loaded.push({ name: file.name, text: await file.text() });
    } catch (error) {
      refused.push(`${file.name} could not be read: ${String(error)}`);
    }
  }
  return { loaded, refused };
}

/** A table with from/to columns is a ties table (an edge list); anything else lists actors. */
function looksLikeTies(file: LoadedFile): boolean {
  const mapping = inferMapping(readCsvHead(file.text, 0).headers, "ties");
  return mapping.source !== undefined && mapping.target !== undefined;
}

/** Which of one or two CSV files is the actors table and which the ties table. */
export function assignCsvTables(files: readonly LoadedFile[]): {
  actors?: LoadedFile;
  ties?: LoadedFile;
} {
  const csv = files.slice(0, 2);
  if (csv.length === 0) return {};
  if (csv.length === 1) return looksLikeTies(csv[0]!) ? { ties: csv[0] } : { actors: csv[0] };
  const [a, b] = csv as [LoadedFile, LoadedFile];
  const tiesA = looksLikeTies(a);
  const tiesB = looksLikeTies(b);
  if (tiesA !== tiesB) return tiesA ? { actors: b, ties: a } : { actors: a, ties: b };
  const named = (f: LoadedFile) => /tie|edge|link|relation/i.test(f.name);
  return named(a) && !named(b) ? { actors: b, ties: a } : { actors: a, ties: b };
}

/** The format of the picked files: CSV when every one of them is CSV, else the first file's. */
export function detectPicked(files: readonly LoadedFile[]): ReturnType<typeof detectFormat> {
  const formats = files.map((f) => detectFormat(f.name, f.text));
  if (formats.length > 0 && formats.every((f) => f === "csv")) return "csv";
  return formats[0];
}
