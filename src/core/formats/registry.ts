/**
 * The formats Tamyr reads and writes, what each can carry, and one entry
 * point for each direction. The capability table is what docs/formats.md
 * describes and what the round-trip tests check: a feature marked "yes"
 * must survive Tamyr → format → Tamyr unchanged.
 */
import type { Dataset } from "../../../schema/index.ts";
import { readCsv, type CsvInput } from "./csv-read.ts";
import { writeCsv } from "./csv-write.ts";
import { readCyjs } from "./cyjs-read.ts";
import { writeCyjs } from "./cyjs-write.ts";
import { readFtm } from "./ftm-read.ts";
import { writeFtm } from "./ftm-write.ts";
import { readGexf } from "./gexf-read.ts";
import { writeGexf } from "./gexf-write.ts";
import { readGraphml } from "./graphml-read.ts";
import { writeGraphml } from "./graphml-write.ts";
import { readGraphology } from "./graphology-read.ts";
import { writeGraphology } from "./graphology-write.ts";
import { readJson } from "./json-read.ts";
import { writeJson } from "./json-write.ts";
import {
  ImportError,
  type ExportOptions,
  type ExportOutput,
  type FormatId,
  type ImportOptions,
  type ImportResult,
} from "./types.ts";

export const FEATURES = [
  "ids",
  "names",
  "aliases",
  "aliasDetails",
  "kinds",
  "domains",
  "roles",
  "descriptions",
  "actorPeriods",
  "sizes",
  "tieTypes",
  "directions",
  "certainty",
  "labels",
  "tiePeriods",
  "obeyed",
  "notes",
  "evidence",
  "sources",
  "events",
  "vocabulary",
  "meta",
  "attributes",
  "narratives",
  "layout",
] as const;

export type Feature = (typeof FEATURES)[number];

/** "yes": survives a round trip unchanged; "partial": some of it (see notes); "no": lost. */
export type Support = "yes" | "partial" | "no";

export interface FormatInfo {
  id: FormatId;
  label: string;
  /** File extensions, the first being the one exports use. */
  extensions: string[];
  mimeType: string;
  canExport: boolean;
  canImport: boolean;
  /** Export produces several files (csv: actors.csv and ties.csv). */
  multiFile: boolean;
  /** Import needs a DOMParser (pass one in Node). */
  needsDomParser: boolean;
  carries: Record<Feature, Support>;
  /** What is lost or changed, feature by feature. */
  notes: Partial<Record<Feature, string>>;
}

const ALL_YES = Object.fromEntries(FEATURES.map((f) => [f, "yes"])) as Record<Feature, Support>;

function carries(overrides: Partial<Record<Feature, Support>>): Record<Feature, Support> {
  return { ...ALL_YES, ...overrides };
}

const GRAPH_NOTES: Partial<Record<Feature, string>> = {
  sources: "only sources cited by some evidence travel (inside the evidence attribute)",
  attributes: "a custom attribute whose values mix types across records becomes text",
};

export const FORMATS: readonly FormatInfo[] = [
  {
    id: "json",
    label: "Tamyr JSON",
    extensions: ["json"],
    mimeType: "application/json",
    canExport: true,
    canImport: true,
    multiFile: false,
    needsDomParser: false,
    carries: carries({}),
    notes: {},
  },
  {
    id: "csv",
    label: "CSV (actors and ties tables)",
    extensions: ["csv"],
    mimeType: "text/csv",
    canExport: true,
    canImport: true,
    multiFile: true,
    needsDomParser: false,
    carries: carries({
      sources: "partial",
      events: "no",
      vocabulary: "no",
      meta: "no",
      attributes: "partial",
      narratives: "no",
      layout: "no",
    }),
    notes: {
      sources:
        "id, title, URL, publisher and date travel in the evidence columns; authors, kind and note do not; uncited sources are lost",
      events: "no table for events",
      vocabulary: "custom terms come back with import defaults (label = id, a palette colour)",
      meta: "the title comes from the file name",
      attributes: "values come back as text",
      narratives: "no place for narratives",
      layout: "no place for positions",
    },
  },
  {
    id: "gexf",
    label: "GEXF 1.3 (Gephi)",
    extensions: ["gexf"],
    mimeType: "application/gexf+xml",
    canExport: true,
    canImport: true,
    multiFile: false,
    needsDomParser: true,
    carries: carries({
      sources: "partial",
      events: "no",
      vocabulary: "no",
      meta: "partial",
      attributes: "partial",
      narratives: "no",
    }),
    notes: {
      ...GRAPH_NOTES,
      events: "GEXF has no place for events",
      narratives: "GEXF has no place for narratives",
      vocabulary: "only as node and edge colours; custom terms come back with import defaults",
      meta: "only the title (meta/description)",
    },
  },
  {
    id: "graphml",
    label: "GraphML",
    extensions: ["graphml"],
    mimeType: "application/graphml+xml",
    canExport: true,
    canImport: true,
    multiFile: false,
    needsDomParser: true,
    carries: carries({ attributes: "partial" }),
    notes: {
      attributes:
        "names are made into XML name tokens (other characters become _); mixed types become text",
    },
  },
  {
    id: "cyjs",
    label: "Cytoscape JSON (.cyjs)",
    extensions: ["cyjs", "json"],
    mimeType: "application/json",
    canExport: true,
    canImport: true,
    multiFile: false,
    needsDomParser: false,
    carries: carries({}),
    notes: {},
  },
  {
    id: "graphology",
    label: "graphology JSON",
    extensions: ["json"],
    mimeType: "application/json",
    canExport: true,
    canImport: true,
    multiFile: false,
    needsDomParser: false,
    carries: carries({}),
    notes: {},
  },
  {
    id: "ftm",
    label: "FollowTheMoney (JSON lines)",
    extensions: ["ftm.json", "jsonl"],
    mimeType: "application/x-ndjson",
    canExport: true,
    canImport: true,
    multiFile: false,
    needsDomParser: false,
    carries: carries({
      aliasDetails: "no",
      actorPeriods: "no",
      sizes: "no",
      labels: "partial",
      obeyed: "no",
      notes: "no",
      evidence: "partial",
      sources: "partial",
      events: "partial",
      vocabulary: "no",
      meta: "no",
      attributes: "no",
      narratives: "no",
      layout: "no",
    }),
    notes: {
      aliasDetails: "alias language and transliteration flags are lost",
      actorPeriods: "FtM entities have no activity period",
      labels: "a label equal to its tie type's label is dropped",
      sizes: "FtM has no property for a group's size",
      obeyed: "written into the description text only",
      notes: "written into the description text only",
      evidence:
        "only source links and publishers; quotes, locators and hedges go into the description text",
      events: "participants and dates travel; evidence only as source links",
      sources:
        "each source link becomes a source (titled by its publisher or URL); titles, dates and authors are lost",
      vocabulary:
        "not written; domain, role and tie type ids travel as tamyr: keywords and summaries",
      meta: "not written; the title comes from the file name",
      attributes: "not written; other tools' properties are kept on import",
      narratives: "FtM has no place for narratives",
      layout: "FtM has no layout",
    },
  },
];

export function formatInfo(id: FormatId): FormatInfo {
  const info = FORMATS.find((f) => f.id === id);
  if (!info) throw new Error(`unknown format '${id}'`);
  return info;
}

/** Writes a dataset (already filtered, if a view is exported) in a format. */
export function exportDataset(
  format: FormatId,
  dataset: Dataset,
  options: ExportOptions = {},
): ExportOutput {
  switch (format) {
    case "json":
      return writeJson(dataset);
    case "csv":
      return writeCsv(dataset);
    case "gexf":
      return writeGexf(dataset, options);
    case "graphml":
      return writeGraphml(dataset, options);
    case "cyjs":
      return writeCyjs(dataset, options);
    case "graphology":
      return writeGraphology(dataset, options);
    case "ftm":
      return writeFtm(dataset);
  }
}

/**
 * Reads one file in a format. For CSV the text is the actors table (or an
 * edge list); use importCsv for an actors and a ties table with a mapping.
 * Throws only ImportError.
 */
export function importText(
  format: FormatId,
  text: string,
  options: ImportOptions = {},
): ImportResult {
  try {
    switch (format) {
      case "json":
        return readJson(text);
      case "csv":
        return readCsv({ actors: text }, options);
      case "gexf":
        return readGexf(text, options);
      case "graphml":
        return readGraphml(text, options);
      case "cyjs":
        return readCyjs(text, options);
      case "graphology":
        return readGraphology(text, options);
      case "ftm":
        return readFtm(text, options);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `could not read the file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Reads an actors table and a ties table (either optional) with an optional column mapping. */
export function importCsv(input: CsvInput, options: ImportOptions = {}): ImportResult {
  return readCsv(input, options);
}
