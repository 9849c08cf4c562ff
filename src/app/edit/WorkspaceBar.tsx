/**
 * The open workspace: its name, switching between workspaces, new /
 * duplicate / rename / delete, export, the "modified since export" mark,
 * undo and redo, and the change history.
 */
import { useEffect, useState } from "react";
import { canRedo, canUndo, redoSummary, undoSummary } from "../../core/edit/index.ts";
import { workspaceDb, type WorkspaceSummary } from "../storage/workspace-db.ts";
import type { WorkspaceSession } from "./useWorkspaceSession.ts";

interface Props {
  session: WorkspaceSession;
  onOpen(id: string | null): void;
  onNew(): void;
  onDuplicate(): void;
  onDelete(): void;
  onExport(): void;
  onHistory(): void;
}

export function WorkspaceBar({
  session,
  onOpen,
  onNew,
  onDuplicate,
  onDelete,
  onExport,
  onHistory,
}: Props) {
  const record = session.record;
  const [list, setList] = useState<WorkspaceSummary[]>([]);
  const [name, setName] = useState(record?.name ?? "");
  useEffect(() => setName(record?.name ?? ""), [record?.name]);
  useEffect(() => {
    workspaceDb.list().then(setList, () => setList([]));
  }, [record?.id, record?.name]);
  if (!record) return null;
  const history = record.history;
  return (
    <section className="workspace-bar" aria-label="Workspace">
      <div className="field">
        <label htmlFor="workspace-name">Workspace name</label>
        <input
          id="workspace-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => name.trim() && name !== record.name && session.rename(name)}
          onKeyDown={(e) => e.key === "Enter" && (e.target as HTMLInputElement).blur()}
        />
      </div>
      <p
        className={record.changedSinceExport ? "export-state modified" : "export-state"}
        role="status"
      >
        {record.changedSinceExport
          ? "Modified since export"
          : `Exported ${record.exportedAt ? new Date(record.exportedAt).toLocaleString() : ""}`}{" "}
        · saved in this browser
      </p>
      <div className="form-buttons">
        <button
          type="button"
          onClick={() => session.undo()}
          disabled={!canUndo(history)}
          title={
            undoSummary(history) ? `Undo: ${undoSummary(history)} (Ctrl+Z)` : "Nothing to undo"
          }
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => session.redo()}
          disabled={!canRedo(history)}
          title={
            redoSummary(history)
              ? `Redo: ${redoSummary(history)} (Ctrl+Shift+Z)`
              : "Nothing to redo"
          }
        >
          Redo
        </button>
        <button type="button" onClick={onHistory}>
          History ({record.log.length})
        </button>
        <button type="button" onClick={onExport}>
          Export JSON
        </button>
      </div>
      <div className="form-buttons">
        <label>
          Switch to{" "}
          <select value={record.id} onChange={(e) => onOpen(e.target.value)}>
            {list.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onNew}>
          New
        </button>
        <button type="button" onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete…
        </button>
        <button type="button" onClick={() => onOpen(null)}>
          Close
        </button>
      </div>
    </section>
  );
}
