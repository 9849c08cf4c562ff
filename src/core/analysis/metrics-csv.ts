/** The metrics table as CSV, for spreadsheets (formula-like cells neutralised as in every CSV export). */
import Papa from "papaparse";
import { neutralise } from "../formats/csv-layout.ts";
import type { MetricsResult } from "./metrics.ts";

export const METRICS_CSV_COLUMNS = [
  "id",
  "name",
  "degree_in",
  "degree_out",
  "degree_total",
  "betweenness",
  "closeness",
  "pagerank",
  "eigenvector",
  "community",
] as const;

export function metricsCsv(result: MetricsResult, nameOf: (id: string) => string): string {
  const rows = Object.entries(result.actors)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, m]) => [
      neutralise(id),
      neutralise(nameOf(id)),
      m.degree.in,
      m.degree.out,
      m.degree.total,
      m.betweenness,
      m.closeness,
      m.pagerank,
      m.eigenvector ?? "",
      m.community,
    ]);
  return Papa.unparse({ fields: [...METRICS_CSV_COLUMNS], data: rows }, { newline: "\n" }) + "\n";
}
