/**
 * Edit operations: plain, JSON-serializable objects. Applying one to a
 * workspace gives a new workspace and the operation that undoes it (see
 * apply.ts). Records are whole: an update carries the complete new record,
 * so a field is removed by leaving it out.
 */
import type {
  Actor,
  DomainTerm,
  Evidence,
  Meta,
  Narrative,
  RoleTerm,
  Source,
  TamyrEvent,
  Tie,
  TieTypeTerm,
  Vocabulary,
} from "../../../schema/index.ts";
import type { Position } from "./workspace.ts";

export interface RecordTypes {
  actors: Actor;
  ties: Tie;
  sources: Source;
  events: TamyrEvent;
}
export type RecordCollection = keyof RecordTypes;
export type AnyRecord = RecordTypes[RecordCollection];

export interface TermTypes {
  domains: DomainTerm;
  roles: RoleTerm;
  tieTypes: TieTypeTerm;
}
export type TermList = keyof TermTypes;
export type AnyTerm = TermTypes[TermList];

/** Inserts a record; `index` (default: the end) lets an undo put it back where it was. */
interface AddRecord<K extends string, R> {
  kind: K;
  record: R;
  index?: number;
}
/** Replaces the record `id` with `record`; a different `record.id` renames it and every reference to it. */
interface UpdateRecord<K extends string, R> {
  kind: K;
  id: string;
  record: R;
}
/** `prune` (set by undo) also drops the optional list when it becomes empty. */
interface DeleteRecord<K extends string> {
  kind: K;
  id: string;
  prune?: boolean;
}

export type AddActor = AddRecord<"addActor", Actor> & { position?: Position };
export type UpdateActor = UpdateRecord<"updateActor", Actor>;
/** Also deletes the actor's ties, its event participations and its position. */
export type DeleteActor = DeleteRecord<"deleteActor">;
export type AddTie = AddRecord<"addTie", Tie>;
export type UpdateTie = UpdateRecord<"updateTie", Tie>;
export type DeleteTie = DeleteRecord<"deleteTie">;
export type AddSource = AddRecord<"addSource", Source>;
export type UpdateSource = UpdateRecord<"updateSource", Source>;
/** Refused while evidence cites the source. */
export type DeleteSource = DeleteRecord<"deleteSource">;
export type AddEvent = AddRecord<"addEvent", TamyrEvent>;
export type UpdateEvent = UpdateRecord<"updateEvent", TamyrEvent>;
export type DeleteEvent = DeleteRecord<"deleteEvent">;

export interface EvidenceOwner {
  collection: "actors" | "ties" | "events";
  id: string;
}
export interface AddEvidence {
  kind: "addEvidence";
  owner: EvidenceOwner;
  item: Evidence;
  index?: number;
}
export interface UpdateEvidence {
  kind: "updateEvidence";
  owner: EvidenceOwner;
  index: number;
  item: Evidence;
}
export interface RemoveEvidence {
  kind: "removeEvidence";
  owner: EvidenceOwner;
  index: number;
}

type PerList<T> = T[keyof T];
/** Adds a term to the dataset's own vocabulary; a built-in id overrides the built-in term. */
export type AddTerm = PerList<{
  [L in TermList]: { kind: "addTerm"; list: L; term: TermTypes[L]; index?: number };
}>;
/**
 * Replaces term `id` (own or built-in: editing a built-in term adds an
 * override). A different `term.id` renames an own term and its uses.
 */
export type UpdateTerm = PerList<{
  [L in TermList]: { kind: "updateTerm"; list: L; id: string; term: TermTypes[L] };
}>;
/** Deletes an own term (an override reverts to the built-in). Refused while records use it. */
export interface DeleteTerm {
  kind: "deleteTerm";
  list: TermList;
  id: string;
}
/** `null` removes the `base` field (same as "default"). */
export interface SetVocabularyBase {
  kind: "setVocabularyBase";
  base: "default" | "none" | null;
}
/** Replaces the whole vocabulary (`null` removes it); the undo of every vocabulary edit. */
export interface SetVocabulary {
  kind: "setVocabulary";
  vocabulary: Vocabulary | null;
}

export interface SetMeta {
  kind: "setMeta";
  meta: Meta;
}

/** Replaces the dataset's narratives (null removes them). */
export interface SetNarratives {
  kind: "setNarratives";
  narratives: Narrative[] | null;
}

/** New positions by actor id; `null` removes an actor's position. */
export interface MoveActors {
  kind: "moveActors";
  moves: Record<string, Position | null>;
}

/** Several operations as one undo step, applied in order; each must leave the dataset valid. */
export interface Batch {
  kind: "batch";
  label?: string;
  operations: Operation[];
}

export type Operation =
  | AddActor
  | UpdateActor
  | DeleteActor
  | AddTie
  | UpdateTie
  | DeleteTie
  | AddSource
  | UpdateSource
  | DeleteSource
  | AddEvent
  | UpdateEvent
  | DeleteEvent
  | AddEvidence
  | UpdateEvidence
  | RemoveEvidence
  | AddTerm
  | UpdateTerm
  | DeleteTerm
  | SetVocabularyBase
  | SetVocabulary
  | SetMeta
  | MoveActors
  | SetNarratives
  | Batch;

export type OperationKind = Operation["kind"];

/** Record operations by verb and collection. */
export const RECORD_KINDS = {
  actors: { add: "addActor", update: "updateActor", delete: "deleteActor", noun: "actor" },
  ties: { add: "addTie", update: "updateTie", delete: "deleteTie", noun: "tie" },
  sources: { add: "addSource", update: "updateSource", delete: "deleteSource", noun: "source" },
  events: { add: "addEvent", update: "updateEvent", delete: "deleteEvent", noun: "event" },
} as const;

export const TERM_NOUNS: Record<TermList, string> = {
  domains: "domain",
  roles: "role",
  tieTypes: "tie type",
};

export type RecordVerb = "add" | "update" | "delete";

/** The verb and collection of a record operation, or null for other kinds. */
export function recordKind(
  kind: string,
): { verb: RecordVerb; collection: RecordCollection } | null {
  for (const collection of Object.keys(RECORD_KINDS) as RecordCollection[]) {
    const kinds = RECORD_KINDS[collection];
    for (const verb of ["add", "update", "delete"] as const) {
      if (kinds[verb] === kind) return { verb, collection };
    }
  }
  return null;
}

export const OPERATION_KINDS: readonly OperationKind[] = [
  ...Object.values(RECORD_KINDS).flatMap((k) => [k.add, k.update, k.delete]),
  "addEvidence",
  "updateEvidence",
  "removeEvidence",
  "addTerm",
  "updateTerm",
  "deleteTerm",
  "setVocabularyBase",
  "setVocabulary",
  "setMeta",
  "setNarratives",
  "moveActors",
  "batch",
];

/** A problem with an edit, for the form that made it: a field path relative to the record and a message. */
export interface EditProblem {
  /** Field path such as `name`, `target` or `evidence[0].source`; empty for the whole operation. */
  path: string;
  message: string;
  /** In a batch: the index of the operation that was refused. */
  operation?: number;
}
