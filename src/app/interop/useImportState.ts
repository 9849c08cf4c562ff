/**
 * The import dialog's state: the files read, the format (detected, then the
 * user's choice), the CSV tables and their column mapping, and the outcome
 * of the last Check. Changing anything clears the outcome, so what is
 * accepted is always what was checked.
 */
import { useCallback, useEffect, useState } from "react";
import {
  inferMapping,
  type ActorMapping,
  type FormatId,
  type TieMapping,
} from "../../core/formats/index.ts";
import type { CsvTable, Mapping } from "./csv-fields.ts";
import { readCsvHead } from "./csv-head.ts";
import { assignCsvTables, detectPicked, readFiles, type LoadedFile } from "./loaded-file.ts";
import { runImport, type ImportOutcome } from "./run-import.ts";

export type CsvTables = Partial<Record<CsvTable, LoadedFile>>;

function inferred(table: CsvTable, file: LoadedFile | undefined): Mapping {
  if (!file) return {};
  const headers = readCsvHead(file.text, 0).headers;
  return table === "actors" ? inferMapping(headers, "actors") : inferMapping(headers, "ties");
}

export function useImportState(initialFiles: readonly File[]) {
  const [files, setFiles] = useState<LoadedFile[]>([]);
  const [refused, setRefused] = useState<string[]>([]);
  const [format, setFormatState] = useState<FormatId | "">("");
  const [detected, setDetected] = useState<FormatId | "">("");
  const [tables, setTables] = useState<CsvTables>({});
  const [mapping, setMappingState] = useState<Record<CsvTable, Mapping>>({ actors: {}, ties: {} });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  /** Counts Checks, so that an acceptance belongs to one Check. */
  const [checks, setChecks] = useState(0);

  const applyTables = useCallback((next: CsvTables) => {
    setTables(next);
    setMappingState({ actors: inferred("actors", next.actors), ties: inferred("ties", next.ties) });
  }, []);

  const pick = useCallback(
    async (picked: readonly File[]) => {
      const { loaded, refused } = await readFiles(picked);
      const guess = detectPicked(loaded) ?? "";
      setFiles(loaded);
      setRefused(refused);
      setDetected(guess);
      setFormatState(guess);
      applyTables(guess === "csv" ? assignCsvTables(loaded) : {});
      setOutcome(null);
    },
    [applyTables],
  );

  useEffect(() => {
    if (initialFiles.length > 0) void pick(initialFiles);
  }, [initialFiles, pick]);

  const setFormat = (next: FormatId | "") => {
    setFormatState(next);
    if (next === "csv" && !tables.actors && !tables.ties) applyTables(assignCsvTables(files));
    setOutcome(null);
  };

  const setTable = async (table: CsvTable, file: File | null) => {
    let loaded: LoadedFile | undefined;
    if (file) {
      const read = await readFiles([file]);
      setRefused(read.refused);
      loaded = read.loaded[0];
      if (!loaded) return;
    }
    setTables((t) => ({ ...t, [table]: loaded }));
    setMappingState((m) => ({ ...m, [table]: inferred(table, loaded) }));
    setOutcome(null);
  };

  const setMapping = (table: CsvTable, next: Mapping) => {
    setMappingState((m) => ({ ...m, [table]: next }));
    setOutcome(null);
  };

  const ready =
    format === "csv" ? Boolean(tables.actors || tables.ties) : format !== "" && files.length > 0;

  const check = () => {
    if (!ready) return;
    setChecks((n) => n + 1);
    if (format === "csv") {
      setOutcome(
        runImport({
          format,
          ...tables,
          mapping: { actors: mapping.actors as ActorMapping, ties: mapping.ties as TieMapping },
        }),
      );
    } else if (format !== "") {
      setOutcome(runImport({ format, file: files[0]! }));
    }
  };

  return {
    files,
    refused,
    format,
    detected,
    tables,
    mapping,
    outcome,
    checks,
    ready,
    pick,
    setFormat,
    setTable,
    setMapping,
    check,
  };
}

export type ImportState = ReturnType<typeof useImportState>;
