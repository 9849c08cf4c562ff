/**
 * Everything the app needs to edit a workspace: the session, the drawing
 * toggle, ties drawn on the canvas, moves, workspace actions, export, and
 * Ctrl+Z / Ctrl+Shift+Z.
 */
import { useCallback, useEffect, useState } from "react";
import { canonicalJson } from "../../core/formats/canonical.ts";
import { downloadText } from "../file/download.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import type { UpdateView } from "../state/useViewState.ts";
import { workspaceDb } from "../storage/workspace-db.ts";
import type { TieDraft } from "./forms/TieForm.tsx";
import type { WorkspaceSession } from "./useWorkspaceSession.ts";
import { createWorkspace, duplicateWorkspace } from "./workspace-actions.ts";

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}

export function useEditing(session: WorkspaceSession, loaded: LoadedDataset, update: UpdateView) {
  const [drawing, setDrawing] = useState(false);
  const [tieDraft, setTieDraft] = useState<TieDraft | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const record = session.record;

  const open = useCallback(
    (id: string | null) =>
      update((v) => ({
        ...v,
        workspace: id,
        side: "edit",
        selection: null,
        focus: null,
        story: null,
        paths: null,
      })),
    [update],
  );
  const run = useCallback(async (action: () => Promise<void>) => {
    try {
      setActionError(null);
      await action();
    } catch (error) {
      setActionError(
        `Could not save in this browser: ${(error as Error).message}. Export your work to keep it.`,
      );
    }
  }, []);

  const actions = {
    copyCurrent: () =>
      run(async () => {
        const created = await createWorkspace(
          `${loaded.dataset.meta.title} (sketch)`,
          loaded.dataset,
          {},
          loaded.key,
        );
        open(created.id);
      }),
    blank: () =>
      run(async () => {
        const created = await createWorkspace("New workspace");
        open(created.id);
      }),
    duplicate: () =>
      run(async () => {
        if (!record) return;
        const copy = await duplicateWorkspace(record.id);
        if (copy) open(copy.id);
      }),
    remove: () =>
      run(async () => {
        if (!record) return;
        const warning = record.changedSinceExport
          ? " It has changes that were never exported."
          : "";
        if (
          !window.confirm(
            `Delete the workspace “${record.name}” from this browser?${warning} This cannot be undone.`,
          )
        )
          return;
        await workspaceDb.remove(record.id);
        open(null);
      }),
    exportJson: () => {
      if (!record) return;
      const name =
        record.name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "") || "workspace";
      const dataset = Object.keys(record.positions).length
        ? { ...record.dataset, layout: { positions: record.positions } }
        : record.dataset;
      downloadText(`${name}.json`, canonicalJson(dataset), "application/json");
      session.markExported();
    },
    open,
  };

  const onDrawTie = useCallback(
    (source: string, target: string) => {
      setTieDraft({ source, target });
      update((v) => ({ ...v, side: "edit", selection: null }));
    },
    [update],
  );
  const { apply } = session;
  const onMoved = useCallback(
    (moves: Record<string, { x: number; y: number }>) => {
      apply({ kind: "moveActors", moves }, `move:${Object.keys(moves).sort().join(",")}`);
    },
    [apply],
  );

  const { undo, redo } = session;
  const active = Boolean(record);
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === "z" && event.shiftKey) || key === "y") {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, undo, redo]);

  return { drawing, setDrawing, tieDraft, actionError, actions, onDrawTie, onMoved };
}
