/**
 * Runs an import for the Check step: the result with its problems and
 * warnings, or the one issue that stopped the file from being read at all.
 * XML formats use the browser's global DOMParser.
 */
import {
  ImportError,
  importCsv,
  importText,
  type ActorMapping,
  type FormatId,
  type ImportIssue,
  type ImportResult,
  type TieMapping,
} from "../../core/formats/index.ts";
import type { LoadedFile } from "./loaded-file.ts";

export type ImportRequest =
  | { format: Exclude<FormatId, "csv">; file: LoadedFile }
  | {
      format: "csv";
      actors?: LoadedFile;
      ties?: LoadedFile;
      mapping: { actors: ActorMapping; ties: TieMapping };
    };

export interface ImportOutcome {
  /** What the import is called: the file's name, or both tables' names for CSV. */
  name: string;
  result: ImportResult | null;
  /** Why nothing could be read, with its place. */
  failure: ImportIssue | null;
}

export function importName(request: ImportRequest): string {
  if (request.format !== "csv") return request.file.name;
  return [request.actors?.name, request.ties?.name].filter(Boolean).join(" + ") || "CSV";
}

export function runImport(request: ImportRequest): ImportOutcome {
  const name = importName(request);
  try {
    if (request.format === "csv") {
      if (!request.actors && !request.ties) {
        return {
          name,
          result: null,
          failure: { message: "choose an actors table, a ties table or both" },
        };
      }
      const result = importCsv(
        {
          ...(request.actors ? { actors: request.actors.text } : {}),
          ...(request.ties ? { ties: request.ties.text } : {}),
          mapping: {
            ...(request.actors ? { actors: request.mapping.actors } : {}),
            ...(request.ties ? { ties: request.mapping.ties } : {}),
          },
        },
        { fileName: request.actors?.name ?? request.ties?.name },
      );
      return { name, result, failure: null };
    }
    const result = importText(request.format, request.file.text, { fileName: request.file.name });
    return { name, result, failure: null };
  } catch (error) {
    if (error instanceof ImportError) {
      return { name, result: null, failure: { ...error.place, message: error.message } };
    }
    return { name, result: null, failure: { message: String(error) } };
  }
}
