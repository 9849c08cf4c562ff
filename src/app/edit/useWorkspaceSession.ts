/**
 * An open workspace: applies edits through the undo history, and saves the
 * whole workspace after every change (in order). A storage failure is
 * reported and the work stays in memory, so the user can export it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import {
  appendChangeLog,
  applyWithHistory,
  redo as redoStep,
  undo as undoStep,
  type EditProblem,
  type HistoryResult,
  type Operation,
} from "../../core/edit/index.ts";
import { workspaceDb, type StoredWorkspace } from "../storage/workspace-db.ts";

export interface WorkspaceSession {
  record: StoredWorkspace | null;
  loading: boolean;
  /** Why the workspace could not be opened or saved; work is kept in memory. */
  storageError: string | null;
  apply(op: Operation, coalesceKey?: string): EditProblem[];
  undo(): EditProblem[];
  redo(): EditProblem[];
  markExported(): void;
  rename(name: string): void;
}

export function useWorkspaceSession(id: string | null): WorkspaceSession {
  const [record, setRecord] = useState<StoredWorkspace | null>(null);
  const [loading, setLoading] = useState(false);
  const [storageError, setStorageError] = useState<string | null>(null);
  const current = useRef<StoredWorkspace | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let cancelled = false;
    current.current = null;
    setRecord(null);
    if (!id) return;
    setLoading(true);
    workspaceDb
      .get(id)
      .then((stored) => {
        if (cancelled) return;
        current.current = stored ?? null;
        setRecord(stored ?? null);
        setStorageError(stored ? null : `There is no workspace “${id}” in this browser.`);
      })
      .catch(
        (error: unknown) =>
          !cancelled &&
          setStorageError(`Could not open the workspace: ${(error as Error).message}`),
      )
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [id]);

  const commit = useCallback((next: StoredWorkspace) => {
    current.current = next;
    setRecord(next);
    saving.current = saving.current
      .then(() => workspaceDb.put(next))
      .then(
        () => setStorageError(null),
        (error: unknown) =>
          setStorageError(
            `Your last change is not saved: ${(error as Error).message}. Export the workspace to keep it.`,
          ),
      );
  }, []);

  const settle = useCallback(
    (result: HistoryResult | null): EditProblem[] => {
      const base = current.current;
      if (!result || !base) return [];
      if (!result.ok) return result.problems;
      commit({
        ...base,
        dataset: result.workspace.dataset,
        positions: result.workspace.positions,
        history: result.history,
        log: appendChangeLog(base.log, result.log, result.coalesced),
        updatedAt: new Date().toISOString(),
        changedSinceExport: true,
      });
      return [];
    },
    [commit],
  );

  const workspaceOf = (r: StoredWorkspace) => ({ dataset: r.dataset, positions: r.positions });

  return {
    record,
    loading,
    storageError,
    apply: useCallback(
      (op: Operation, coalesceKey?: string) => {
        const r = current.current;
        if (!r) return [{ path: "", message: "no workspace is open" }];
        return settle(
          applyWithHistory(r.history, workspaceOf(r), op, coalesceKey ? { coalesceKey } : {}),
        );
      },
      [settle],
    ),
    undo: useCallback(() => {
      const r = current.current;
      return r ? settle(undoStep(r.history, workspaceOf(r))) : [];
    }, [settle]),
    redo: useCallback(() => {
      const r = current.current;
      return r ? settle(redoStep(r.history, workspaceOf(r))) : [];
    }, [settle]),
    markExported: useCallback(() => {
      const r = current.current;
      if (r) commit({ ...r, exportedAt: new Date().toISOString(), changedSinceExport: false });
    }, [commit]),
    rename: useCallback(
      (name: string) => {
        const r = current.current;
        if (r && name.trim())
          commit({ ...r, name: name.trim(), updatedAt: new Date().toISOString() });
      },
      [commit],
    ),
  };
}
