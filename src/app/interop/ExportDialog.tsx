/** "Export…": the whole dataset or the current view as a data file, or a figure of the view. */
import { useMemo, useState } from "react";
import type { Positions } from "../../core/formats/index.ts";
import type { CyAdapter } from "../graph/cy-adapter.ts";
import type { Explorer } from "../state/useExplorer.ts";
import type { StoredWorkspace } from "../storage/workspace-db.ts";
import { DataExport } from "./DataExport.tsx";
import { FigureExport } from "./FigureExport.tsx";
import type { ExportScope } from "./file-names.ts";
import { legendSections } from "./legend-items.ts";
import { useModal } from "./useModal.ts";
import "./interop.css";

interface Props {
  explorer: Explorer;
  getAdapter(): CyAdapter | null;
  /** The open workspace, if any: its name names the files, its pinned positions go into JSON. */
  workspace: StoredWorkspace | null;
  /** Called when the open workspace was saved whole as Tamyr JSON. */
  onWholeJsonExported(): void;
  onClose(): void;
}

export function ExportDialog({
  explorer,
  getAdapter,
  workspace,
  onWholeJsonExported,
  onClose,
}: Props) {
  const ref = useModal();
  const [scope, setScope] = useState<ExportScope>("dataset");
  const { loaded, visibility, decorations, decorate, highlight, effective } = explorer;
  const title = workspace?.name ?? loaded.dataset.meta.title;
  // as the workspace's own JSON export does: pinned positions are the dataset's saved layout
  const dataset = useMemo(
    () =>
      workspace && Object.keys(workspace.positions).length > 0
        ? { ...loaded.dataset, layout: { positions: workspace.positions } }
        : loaded.dataset,
    [loaded, workspace],
  );
  const selected = effective.selection !== null && effective.selection.kind !== "event";
  const sections = useMemo(
    () =>
      legendSections({
        dataset: loaded.dataset,
        vocabulary: loaded.vocabulary,
        visibility,
        marks: {
          communities: Boolean(decorations?.communities),
          sizedBy: decorations?.sizes ? decorate.sizeBy : undefined,
          highlighted: Boolean(highlight && (highlight.actors.length || highlight.ties.length)),
          selected,
        },
      }),
    [loaded, visibility, decorations, decorate.sizeBy, highlight, selected],
  );
  const counts = (actors: number, ties: number) => `${actors} actors, ${ties} ties`;
  return (
    <dialog ref={ref} className="interop-dialog" aria-labelledby="export-title" onClose={onClose}>
      <h2 id="export-title">Export</h2>
      <fieldset className="inline-options">
        <legend>What to export</legend>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === "dataset"}
            onChange={() => setScope("dataset")}
          />{" "}
          The whole dataset ({counts(loaded.dataset.actors.length, loaded.dataset.ties.length)})
        </label>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === "view"}
            onChange={() => setScope("view")}
          />{" "}
          The current view ({counts(visibility.actors.size, visibility.ties.size)})
        </label>
      </fieldset>
      <DataExport
        dataset={dataset}
        title={title}
        scope={scope}
        visible={visibility}
        positions={(): Positions | undefined => getAdapter()?.positions()}
        onWholeJson={() => {
          if (workspace) onWholeJsonExported();
        }}
      />
      <FigureExport title={title} sections={sections} getAdapter={getAdapter} />
      <form method="dialog" className="dialog-buttons">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
