/** The last step of an import: open it as a view, as a new workspace, or merge it into this one. */
import { useState } from "react";
import type { Dataset } from "../../../schema/index.ts";
import type { EditProblem, Operation } from "../../core/edit/index.ts";
import type { ImportResult } from "../../core/formats/index.ts";
import type { StoredWorkspace } from "../storage/workspace-db.ts";
import { MergePanel } from "./MergePanel.tsx";

interface Props {
  name: string;
  result: ImportResult & { dataset: Dataset };
  workspace: StoredWorkspace | null;
  onOpenView(): void;
  onNewWorkspace(): Promise<void>;
  onApply(op: Operation): EditProblem[];
  onOpenWorkspace(id: string): void;
}

export function ImportActions(props: Props) {
  const { name, result, workspace } = props;
  const problems = result.problems.length;
  const [accepted, setAccepted] = useState(false);
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState("");
  const blocked = problems > 0 && !accepted;
  return (
    <section className="import-step" aria-labelledby="import-use-title">
      <h3 id="import-use-title">Use it</h3>
      {problems > 0 && (
        <label className="block">
          <input
            type="checkbox"
            checked={accepted}
            onChange={(e) => setAccepted(e.target.checked)}
          />{" "}
          Go ahead with the {problems} problem{problems === 1 ? "" : "s"} listed: what could not be
          read as given is left out or read as described
        </label>
      )}
      <div className="dialog-buttons">
        <button type="button" disabled={blocked} onClick={props.onOpenView}>
          Open as a view
        </button>
        <button
          type="button"
          disabled={blocked}
          onClick={() =>
            void props
              .onNewWorkspace()
              .catch((e: unknown) =>
                setError(`Could not create the workspace: ${(e as Error).message}`),
              )
          }
        >
          Open as a new workspace
        </button>
        {workspace && (
          <button
            type="button"
            disabled={blocked}
            aria-expanded={merging}
            onClick={() => setMerging(true)}
          >
            Merge into this workspace…
          </button>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
      {merging && workspace && !blocked && (
        <MergePanel
          incoming={result.dataset}
          name={name}
          workspace={workspace}
          onApply={props.onApply}
          onOpenWorkspace={props.onOpenWorkspace}
        />
      )}
    </section>
  );
}
