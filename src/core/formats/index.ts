/**
 * Tamyr's import and export formats: the API the explorer and the CLI use.
 * See docs/formats.md for what each format carries.
 */
export * from "./types.ts";
export { FORMATS, FEATURES, formatInfo, exportDataset, importText, importCsv } from "./registry.ts";
export type { Feature, FormatInfo, Support } from "./registry.ts";
export { detectFormat } from "./detect.ts";
export { mergeDatasets, findCollisions } from "./merge.ts";
export type { ConflictPolicy, Collision, Collection, MergeResult } from "./merge.ts";
export { subsetDataset } from "./subset.ts";
export { filterDataset } from "./filter.ts";
export type { SimpleFilters } from "./filter.ts";
export { inferMapping } from "./csv-mapping.ts";
export type { ActorMapping, TieMapping, CsvMapping } from "./csv-mapping.ts";
export type { CsvInput } from "./csv-read.ts";
export { canonicalDataset, canonicalJson } from "./canonical.ts";
