/** Creating, duplicating and deleting stored workspaces. */
import type { Dataset } from "../../../schema/index.ts";
import { createHistory, emptyDataset, type Positions } from "../../core/edit/index.ts";
import { workspaceDb, type StoredWorkspace } from "../storage/workspace-db.ts";

function newId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `ws-${Date.now().toString(36)}-${random[0]!.toString(36)}${random[1]!.toString(36)}`;
}

export async function createWorkspace(
  name: string,
  dataset: Dataset = emptyDataset(name),
  positions: Positions = {},
  origin?: string,
): Promise<StoredWorkspace> {
  const now = new Date().toISOString();
  const record: StoredWorkspace = {
    id: newId(),
    name,
    createdAt: now,
    updatedAt: now,
    ...(origin ? { origin } : {}),
    dataset,
    positions,
    history: createHistory(),
    log: [
      {
        at: now,
        kind: "applied",
        operation: "setMeta",
        summary: `Created workspace '${name}'${origin ? ` from ${origin}` : ""}`,
      },
    ],
    changedSinceExport: true,
  };
  await workspaceDb.put(record);
  return record;
}

export async function duplicateWorkspace(id: string): Promise<StoredWorkspace | null> {
  const original = await workspaceDb.get(id);
  if (!original) return null;
  const copy = await createWorkspace(
    `${original.name} (copy)`,
    original.dataset,
    original.positions,
    original.name,
  );
  const record = { ...copy, history: original.history, log: [...original.log, ...copy.log] };
  await workspaceDb.put(record);
  return record;
}
