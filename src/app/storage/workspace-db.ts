/**
 * Workspaces in the browser's IndexedDB (through idb). One record per
 * workspace holds its dataset, positions, undo history and change log, and
 * is written whole on every change, so a reload or crash loses at most the
 * change being typed. Nothing leaves the machine.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { Dataset } from "../../../schema/index.ts";
import type { ChangeLogEntry, History, Positions } from "../../core/edit/index.ts";

export interface StoredWorkspace {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The bundled dataset or file this workspace started from, if any. */
  origin?: string;
  dataset: Dataset;
  positions: Positions;
  history: History;
  log: ChangeLogEntry[];
  /** When the workspace was last exported to a file. */
  exportedAt?: string;
  changedSinceExport: boolean;
}

export type WorkspaceSummary = Pick<
  StoredWorkspace,
  "id" | "name" | "updatedAt" | "changedSinceExport"
>;

interface TamyrDb extends DBSchema {
  workspaces: { key: string; value: StoredWorkspace };
}

export class StorageError extends Error {}

function explain(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === "QuotaExceededError") return "the browser's storage for this site is full";
  if (name === "InvalidStateError" || name === "SecurityError")
    return "this browser does not allow saving here (private mode or storage disabled)";
  return error instanceof Error ? error.message : String(error);
}

let dbPromise: Promise<IDBPDatabase<TamyrDb>> | null = null;

function db(): Promise<IDBPDatabase<TamyrDb>> {
  if (typeof indexedDB === "undefined") {
    return Promise.reject(new StorageError("this browser offers no IndexedDB storage"));
  }
  dbPromise ??= openDB<TamyrDb>("tamyr", 1, {
    upgrade(database) {
      database.createObjectStore("workspaces", { keyPath: "id" });
    },
  }).catch((error: unknown) => {
    dbPromise = null;
    throw new StorageError(explain(error));
  });
  return dbPromise;
}

async function guarded<T>(action: (database: IDBPDatabase<TamyrDb>) => Promise<T>): Promise<T> {
  try {
    return await action(await db());
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(explain(error));
  }
}

export const workspaceDb = {
  list: () =>
    guarded(async (d) =>
      (await d.getAll("workspaces"))
        .map(({ id, name, updatedAt, changedSinceExport }) => ({
          id,
          name,
          updatedAt,
          changedSinceExport,
        }))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    ),
  get: (id: string) => guarded((d) => d.get("workspaces", id)),
  put: (record: StoredWorkspace) => guarded(async (d) => void (await d.put("workspaces", record))),
  remove: (id: string) => guarded((d) => d.delete("workspaces", id)),
};
