/** "New workspace": an empty, valid dataset to start from. */
import { SCHEMA_VERSION, type Dataset } from "../../../schema/index.ts";
import type { Workspace } from "./workspace.ts";

export const NEW_WORKSPACE_TITLE = "New workspace";

/** A valid dataset with no actors or ties; the built-in vocabulary applies. */
export function emptyDataset(title = NEW_WORKSPACE_TITLE): Dataset {
  return { schemaVersion: SCHEMA_VERSION, meta: { title }, actors: [], ties: [] };
}

export function emptyWorkspace(title = NEW_WORKSPACE_TITLE): Workspace {
  return { dataset: emptyDataset(title), positions: {} };
}
