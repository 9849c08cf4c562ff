/**
 * Types shared by every import and export format.
 *
 * Exports are pure functions Dataset → text (or several named texts).
 * Imports are pure functions text → ImportResult; the only exception they
 * throw is ImportError, for a file that cannot be read at all.
 */
import type { Dataset } from "../../../schema/index.ts";

export type FormatId = "json" | "csv" | "gexf" | "graphml" | "cyjs" | "ftm" | "graphology";

/** Node positions keyed by actor id, e.g. from the explorer's current layout. */
export type Positions = Record<string, { x: number; y: number }>;

export interface ExportOptions {
  /** Written as viz:position (GEXF), x/y data (GraphML) or position (cyjs). */
  positions?: Positions;
}

/** Several files from one export, keyed by suffix (`actors.csv`, `ties.csv`). */
export interface ExportFiles {
  files: Record<string, string>;
}

export type ExportOutput = string | ExportFiles;

/** Where in a file something was found. Every field is optional; give what is known. */
export interface Place {
  /** Which input file, when an import reads several (e.g. `actors`, `ties`). */
  file?: string;
  /** 1-based line in the text. */
  line?: number;
  /** 1-based column in the text. */
  column?: number;
  /** 1-based spreadsheet row (the header is row 1). */
  row?: number;
  /** Column header or attribute name. */
  field?: string;
  /** An element, e.g. `<edge id="e3">`. */
  element?: string;
  /** A JSON path, e.g. `elements.nodes[3].data`. */
  path?: string;
}

export interface ImportIssue extends Place {
  message: string;
}

export interface ImportResult {
  /**
   * The imported dataset, valid against the schema; null only when nothing
   * valid could be built. It may be partial when `problems` is not empty.
   */
  dataset: Dataset | null;
  /** Errors: rows or values that could not be imported as given. */
  problems: ImportIssue[];
  /** Things done on the importer's own judgement: defaults, renamed ids, dropped extras. */
  warnings: ImportIssue[];
  /** Node positions found in the file (GEXF viz:position, GraphML x/y, cyjs position). */
  positions?: Positions;
}

/**
 * Thrown by an import when the whole file cannot be read: not XML or JSON,
 * a DOCTYPE or ENTITY declaration, a wrong root element, or no XML parser.
 */
export class ImportError extends Error {
  readonly place: Place;
  constructor(message: string, place: Place = {}) {
    super(message);
    this.name = "ImportError";
    this.place = place;
  }
}

/** A DOMParser constructor: the browser's global one, or @xmldom/xmldom's in Node. */
export type DomParserConstructor = new (options?: {
  onError?: (level: string, message: string) => void;
}) => { parseFromString(text: string, mimeType: string): unknown };

export interface ImportOptions {
  /** XML formats only; defaults to the global DOMParser when there is one. */
  DOMParser?: DomParserConstructor;
  /** Used for the dataset title when the file carries none. */
  fileName?: string;
}

/** `row 4, column "target"` or `<edge id="e3"> (line 40, column 5)`. */
export function formatPlace(place: Place): string {
  const parts: string[] = [];
  if (place.file) parts.push(place.file);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.element) parts.push(place.element);
  if (place.path) parts.push(place.path);
  if (place.line !== undefined) {
    parts.push(
      place.column !== undefined
        ? `line ${place.line}, column ${place.column}`
        : `line ${place.line}`,
    );
  }
  if (place.field) {
    parts.push(`${place.row !== undefined ? "column" : "attribute"} "${place.field}"`);
  }
  return parts.join(", ");
}

/** One line per issue: `FILE: place: message`. */
export function formatIssue(fileName: string, issue: ImportIssue): string {
  const place = formatPlace(issue);
  return place ? `${fileName}: ${place}: ${issue.message}` : `${fileName}: ${issue.message}`;
}
