/** The editing core: operations, validation, undo/redo history, change log and id helpers. Pure; no DOM. */
export * from "./apply.ts";
export * from "./change-log.ts";
export * from "./coalesce.ts";
export * from "./describe.ts";
export * from "./history.ts";
export * from "./history-json.ts";
export * from "./new-ids.ts";
export * from "./new-workspace.ts";
export * from "./operations.ts";
export * from "./validate-edit.ts";
export * from "./workspace.ts";
export { produce, type Produced } from "./produce.ts";
export { EditError } from "./produce-records.ts";
export { sourceUsers, termUsers } from "./references.ts";
