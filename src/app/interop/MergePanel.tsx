/**
 * Merging an import into the open workspace: the collisions (same id,
 * different content) are listed and the user chooses to skip, rename or
 * abort; nothing is ever overwritten. The merge is one undoable edit; if
 * the workspace refuses it, the merged result becomes a new workspace and
 * the open one stays as it was.
 */
import { useMemo, useState } from "react";
import type { Dataset } from "../../../schema/index.ts";
import type { EditProblem, Operation } from "../../core/edit/index.ts";
import {
  findCollisions,
  mergeDatasets,
  type Collection,
  type ConflictPolicy,
} from "../../core/formats/index.ts";
import { createWorkspace } from "../edit/workspace-actions.ts";
import type { StoredWorkspace } from "../storage/workspace-db.ts";
import { describeAdded, mergePlan } from "./merge-batch.ts";

const NOUN: Record<Collection, string> = {
  sources: "source",
  actors: "actor",
  ties: "tie",
  events: "event",
  narratives: "narrative",
  "vocabulary.domains": "domain",
  "vocabulary.roles": "role",
  "vocabulary.tieTypes": "tie type",
};

const POLICIES: { id: ConflictPolicy; label: string }[] = [
  { id: "skip", label: "Skip: keep the workspace's record, leave the imported one out" },
  { id: "rename", label: "Rename: add the imported record under a new id (…-imported)" },
  { id: "abort", label: "Abort: merge nothing" },
];

interface Props {
  incoming: Dataset;
  name: string;
  workspace: StoredWorkspace;
  onApply(op: Operation): EditProblem[];
  onOpenWorkspace(id: string): void;
}

export function MergePanel({ incoming, name, workspace, onApply, onOpenWorkspace }: Props) {
  const [collisions] = useState(() => findCollisions(workspace.dataset, incoming));
  const [policy, setPolicy] = useState<ConflictPolicy>("skip");
  const [message, setMessage] = useState("");
  const [done, setDone] = useState(false);
  const shown = useMemo(() => collisions.slice(0, 100), [collisions]);

  const merge = async () => {
    const result = mergeDatasets(workspace.dataset, incoming, policy);
    if (!result.dataset) {
      setMessage(
        policy === "abort"
          ? "Merge aborted: nothing was changed."
          : `The merged dataset would not be valid, so nothing was changed: ${result.problems.join("; ")}`,
      );
      return;
    }
    const plan = mergePlan(workspace.dataset, result.dataset, `Merged “${name}”`);
    const renamed = result.collisions.filter((c) => c.resolution === "renamed").length;
    const skipped = result.collisions.filter((c) => c.resolution === "skipped").length;
    const notes = [
      skipped ? `${skipped} colliding records skipped` : "",
      renamed ? `${renamed} renamed` : "",
      plan.narrativesLeftOut
        ? `${plan.narrativesLeftOut} narratives not merged (a workspace edit cannot add narratives; open the file as a new workspace to keep them)`
        : "",
      "imported positions not used: the added actors are placed like new ones",
    ].filter(Boolean);
    if (!plan.operation) {
      setMessage("Nothing to add: every imported record is already in the workspace.");
      return;
    }
    const problems = onApply(plan.operation);
    if (problems.length === 0) {
      setDone(true);
      setMessage(
        `Merged into “${workspace.name}”: ${describeAdded(plan.added)} added as one step (Undo takes it back). ${notes.join("; ")}.`,
      );
      return;
    }
    try {
      const copy = await createWorkspace(
        `${workspace.name} + ${name}`,
        result.dataset,
        workspace.positions,
        workspace.name,
      );
      setDone(true);
      setMessage(
        `The merge could not be applied as one edit (${problems[0]!.message}), so the merged result was saved as a new workspace “${copy.name}”; “${workspace.name}” is unchanged.`,
      );
      onOpenWorkspace(copy.id);
    } catch (error) {
      setMessage(`Could not save the merged workspace: ${(error as Error).message}`);
    }
  };

  return (
    <fieldset className="merge-panel">
      <legend>Merge into “{workspace.name}”</legend>
      {collisions.length === 0 ? (
        <p>No collisions: every imported record is new or identical to the workspace's.</p>
      ) : (
        <>
          <p>
            {collisions.length} imported record{collisions.length === 1 ? " has" : "s have"} the id
            of a different record in the workspace. Nothing is overwritten; choose what to do:
          </p>
          <ul className="problem-list" aria-label="Collisions">
            {shown.map((c) => (
              <li key={`${c.collection}:${c.id}`}>
                {NOUN[c.collection]} <code>{c.id}</code>
              </li>
            ))}
          </ul>
          {collisions.length > shown.length && <p>…and {collisions.length - shown.length} more.</p>}
          <div role="radiogroup" aria-label="When ids collide">
            {POLICIES.map((p) => (
              <label key={p.id} className="block">
                <input
                  type="radio"
                  name="merge-policy"
                  checked={policy === p.id}
                  onChange={() => setPolicy(p.id)}
                />{" "}
                {p.label}
              </label>
            ))}
          </div>
        </>
      )}
      <button type="button" disabled={done} onClick={() => void merge()}>
        Merge
      </button>
      <p role="status">{message}</p>
    </fieldset>
  );
}
