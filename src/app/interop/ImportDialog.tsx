/**
 * "Import…": a file in another format (or a CSV pair with its column
 * mapping) is read and checked, every problem and warning is listed with
 * its place, and only then is it opened as a view, as a new workspace, or
 * merged into the open workspace.
 */
import type { Dataset } from "../../../schema/index.ts";
import type { EditProblem, Operation } from "../../core/edit/index.ts";
import { createWorkspace } from "../edit/workspace-actions.ts";
import { savePositions } from "../graph/positions-store.ts";
import type { UpdateView } from "../state/useViewState.ts";
import type { StoredWorkspace } from "../storage/workspace-db.ts";
import { CsvMapping } from "./CsvMapping.tsx";
import { ImportActions } from "./ImportActions.tsx";
import { ImportReport } from "./ImportReport.tsx";
import { ImportSource } from "./ImportSource.tsx";
import { useImportState } from "./useImportState.ts";
import { useModal } from "./useModal.ts";
import "./interop.css";

interface Props {
  /** Files dropped on the window, read when the dialog opens. */
  initialFiles: readonly File[];
  workspace: StoredWorkspace | null;
  /** Shows a dataset as a view (the app's handler for opened files). */
  onOpenDataset(dataset: Dataset, fileName: string): void;
  update: UpdateView;
  /** Applies an edit to the open workspace (undoable). */
  onApply(op: Operation): EditProblem[];
  onOpenWorkspace(id: string): void;
  onClose(): void;
}

export function ImportDialog(props: Props) {
  const { workspace, onClose } = props;
  const ref = useModal();
  const state = useImportState(props.initialFiles);
  const { format, tables, mapping, outcome } = state;
  const dataset = outcome?.result?.dataset ?? null;

  const openView = () => {
    if (!outcome || !dataset) return;
    // positions found in the file (GEXF, GraphML, cyjs…) become the view's starting layout
    const positions = outcome.result?.positions;
    if (positions) savePositions(`file:${outcome.name}`, positions);
    props.onOpenDataset(dataset, outcome.name);
    if (workspace) props.update((v) => ({ ...v, workspace: null }), { replace: true });
    onClose();
  };
  const newWorkspace = async () => {
    if (!outcome || !dataset) return;
    const created = await createWorkspace(
      dataset.meta.title,
      dataset,
      outcome.result?.positions ?? {},
      outcome.name,
    );
    props.onOpenWorkspace(created.id);
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="interop-dialog import-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
    >
      <h2 id="import-title">Import</h2>
      <ImportSource state={state} />
      {format === "csv" && (tables.actors || tables.ties) && (
        <section className="import-step" aria-labelledby="import-mapping-title">
          <h3 id="import-mapping-title">2. Columns</h3>
          <p className="hint">
            Check what each column is read as. Columns read as no field are kept as custom
            attributes.
          </p>
          {(["actors", "ties"] as const).map((table) => {
            const file = tables[table];
            return (
              file && (
                <CsvMapping
                  key={`${table}:${file.name}`}
                  table={table}
                  file={file}
                  mapping={mapping[table]}
                  onMapping={(next) => state.setMapping(table, next)}
                />
              )
            );
          })}
        </section>
      )}
      <div className="dialog-buttons">
        <button type="button" disabled={!state.ready} onClick={state.check}>
          Check
        </button>
      </div>
      {outcome && <ImportReport outcome={outcome} />}
      {outcome?.result && dataset && (
        <ImportActions
          key={state.checks}
          name={outcome.name}
          result={{ ...outcome.result, dataset }}
          workspace={workspace}
          onOpenView={openView}
          onNewWorkspace={newWorkspace}
          onApply={props.onApply}
          onOpenWorkspace={props.onOpenWorkspace}
        />
      )}
      <form method="dialog" className="dialog-buttons">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
