/** Shown in the Edit panel when no workspace is open: start one, or reopen one saved in this browser. */
import { useEffect, useState } from "react";
import { workspaceDb, type WorkspaceSummary } from "../storage/workspace-db.ts";

export function StartEditing({
  datasetTitle,
  onCopy,
  onBlank,
  onOpen,
}: {
  datasetTitle: string;
  onCopy(): void;
  onBlank(): void;
  onOpen(id: string): void;
}) {
  const [list, setList] = useState<WorkspaceSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    workspaceDb.list().then(setList, (e: unknown) => setError((e as Error).message));
  }, []);
  return (
    <section className="edit-panel" aria-labelledby="edit-title">
      <h2 id="edit-title">Sketch and edit</h2>
      <p>
        Bundled and opened datasets are read-only templates. Editing happens in a workspace saved in
        this browser only; nothing is uploaded.
      </p>
      {error && (
        <p role="alert" className="notice">
          Saving is not available: {error}. You can still explore and export.
        </p>
      )}
      <div className="form-buttons">
        <button type="button" onClick={onCopy}>
          Edit a copy of “{datasetTitle}”
        </button>
        <button type="button" onClick={onBlank}>
          New blank workspace
        </button>
      </div>
      {list && list.length > 0 && (
        <>
          <h3>Your workspaces</h3>
          <ul>
            {list.map((w) => (
              <li key={w.id}>
                <button type="button" className="link" onClick={() => onOpen(w.id)}>
                  {w.name}
                </button>{" "}
                <small>
                  saved {new Date(w.updatedAt).toLocaleString()}
                  {w.changedSinceExport ? " · modified since export" : ""}
                </small>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
