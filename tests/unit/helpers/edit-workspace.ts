/** A workspace for editing tests: the tiny dataset plus sources, evidence, events, own terms and positions. */
import { Dataset } from "../../../schema/index.ts";
import { applyEdit, type Operation, type Workspace } from "../../../src/core/edit/index.ts";
import { tinyDataset } from "./tiny-dataset.ts";

export function editWorkspace(): Workspace {
  const d = tinyDataset();
  d.sources = [
    { id: "src", title: "A source" },
    { id: "memo", title: "Policy memo" },
  ];
  d.vocabulary = {
    domains: [{ id: "clan", label: "Clan", color: "#112233" }],
    roles: [{ id: "broker", label: "Broker", shape: "tag" }],
    tieTypes: [{ id: "feud", label: "Feud", directed: false, color: "#445566" }],
  };
  d.actors[2]!.domains = ["crime", "clan"];
  d.actors[1]!.evidence = [{ source: "src", quote: "the bazaars" }];
  d.ties[0]!.evidence = [{ source: "memo", quote: "controls the bazaars" }];
  d.events = [
    {
      id: "riot",
      title: "Riot",
      date: "2022-01-05",
      participants: [{ actor: "crowd" }, { actor: "patron", role: "organiser" }],
    },
    { id: "meeting", title: "Meeting", date: "2022-01", participants: [{ actor: "patron" }] },
  ];
  return { dataset: d, positions: { patron: { x: 0, y: 0 }, bazaar: { x: 10, y: 5 } } };
}

/** Freezes a value deeply, so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function isValid(workspace: Workspace): boolean {
  return Dataset.safeParse(workspace.dataset).success;
}

/** Applies `op` (which must succeed) to a frozen copy of `workspace`; returns the result. */
export function applyOk(workspace: Workspace, op: Operation) {
  const result = applyEdit(deepFreeze(workspace), op);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

/** Problems of `op` (which must be refused). */
export function refusal(workspace: Workspace, op: Operation) {
  const result = applyEdit(deepFreeze(workspace), op);
  if (result.ok) throw new Error("expected a refusal");
  return result.problems;
}
