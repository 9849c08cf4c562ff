/** One-line, human-readable summaries of operations, for the change log and undo menus. */
import { resolveVocabulary, type Dataset } from "../../../schema/index.ts";
import { count, listNames, quote, recordLabel, termLabel } from "./labels.ts";
import { findById } from "./lists.ts";
import {
  recordKind,
  TERM_NOUNS,
  type AnyRecord,
  type EvidenceOwner,
  type Operation,
  type RecordCollection,
} from "./operations.ts";
import { findOwner, type EvidenceOperation } from "./produce-evidence.ts";
import { produce } from "./produce.ts";
import type { Workspace } from "./workspace.ts";

/** Names of the top-level fields that differ between two records. */
function changedFields(before: object, after: object): string {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changed = keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return changed.length > 0 ? changed.join(", ") : "no change";
}

function describeDeletedActor(dataset: Dataset, id: string, label: string): string {
  const ties = dataset.ties.filter((t) => t.source === id || t.target === id).length;
  const events = (dataset.events ?? []).filter((e) => e.participants?.some((p) => p.actor === id));
  const parts: string[] = [];
  if (ties > 0) parts.push(`and ${count(ties, "tie")}`);
  if (events.length > 0) parts.push(`removed from ${count(events.length, "event")}`);
  return `Deleted ${label}${parts.length > 0 ? ` (${parts.join("; ")})` : ""}`;
}

function describeRecord(dataset: Dataset, op: Operation, c: RecordCollection): string {
  const list: readonly AnyRecord[] | undefined = dataset[c];
  if ("record" in op) {
    const record = op.record as AnyRecord;
    const label = recordLabel(dataset, c, record);
    if (!("id" in op)) {
      return `Added ${label}${c === "ties" && "certainty" in record ? ` (${record.certainty})` : ""}`;
    }
    const old = findById(list, op.id);
    return `Edited ${label} (${old ? changedFields(old, record) : "new"})`;
  }
  const id = (op as { id: string }).id;
  const current = findById(list, id);
  const label = current ? recordLabel(dataset, c, current) : quote(id);
  return c === "actors" ? describeDeletedActor(dataset, id, label) : `Deleted ${label}`;
}

function describeEvidence(workspace: Workspace, op: EvidenceOperation): string {
  const owner = findOwner(workspace, op.owner);
  const ownerLabel = owner
    ? recordLabel(workspace.dataset, op.owner.collection, owner)
    : quote((op.owner as EvidenceOwner).id);
  const item = op.kind === "removeEvidence" ? owner?.evidence?.[op.index] : op.item;
  const title = item
    ? (findById(workspace.dataset.sources, item.source)?.title ?? item.source)
    : "?";
  if (op.kind === "addEvidence") return `Added evidence (${quote(title)}) to ${ownerLabel}`;
  if (op.kind === "updateEvidence") return `Edited evidence (${quote(title)}) on ${ownerLabel}`;
  return `Removed evidence (${quote(title)}) from ${ownerLabel}`;
}

function describeMoves(dataset: Dataset, moves: Record<string, unknown>): string {
  const ids = Object.keys(moves);
  const cleared = ids.every((id) => moves[id] === null);
  const what =
    ids.length === 1
      ? `actor ${quote(findById(dataset.actors, ids[0]!)?.name ?? ids[0]!)}`
      : count(ids.length, "actor");
  if (!cleared) return `Moved ${what}`;
  return `Cleared the position${ids.length === 1 ? "" : "s"} of ${what}`;
}

function describeBatch(workspace: Workspace, operations: Operation[], label?: string): string {
  if (label) return label;
  const parts: string[] = [];
  let current = workspace;
  for (const op of operations) {
    parts.push(describeOperation(op, current));
    current = produce(current, op).workspace;
  }
  return parts.length > 3 ? `${listNames(parts, 2)} changes` : parts.join("; ");
}

/** What `op` does to `before`, e.g. "Added actor 'Bolat Nazarbayev'". */
export function describeOperation(op: Operation, before: Workspace): string {
  const { dataset } = before;
  const record = recordKind(op.kind);
  if (record) return describeRecord(dataset, op, record.collection);
  switch (op.kind) {
    case "addEvidence":
    case "updateEvidence":
    case "removeEvidence":
      return describeEvidence(before, op);
    case "addTerm":
      return `Added ${TERM_NOUNS[op.list]} ${quote(op.term.label)}`;
    case "updateTerm": {
      const old = resolveVocabulary(dataset.vocabulary)[op.list].find((t) => t.id === op.id);
      const fields = old ? changedFields(old, op.term) : "new";
      return `Edited ${TERM_NOUNS[op.list]} ${quote(op.term.label)} (${fields})`;
    }
    case "deleteTerm": {
      const builtIn = resolveVocabulary({ base: dataset.vocabulary?.base })[op.list];
      const label = termLabel(dataset, op.list, op.id);
      return builtIn.some((t) => t.id === op.id)
        ? `Reset ${label} to the built-in term`
        : `Deleted ${label}`;
    }
    case "setVocabularyBase":
      return `Set the vocabulary base to ${quote(op.base ?? "default")}`;
    case "setVocabulary":
      return "Replaced the vocabulary";
    case "setMeta":
      return `Edited dataset details (${changedFields(dataset.meta, op.meta)})`;
    case "setNarratives": {
      const steps = (op.narratives ?? []).reduce((n, story) => n + story.steps.length, 0);
      return `Edited narratives (${op.narratives?.length ?? 0} with ${steps} steps)`;
    }
    case "moveActors":
      return describeMoves(dataset, op.moves);
    case "batch":
      return describeBatch(before, op.operations, op.label);
    default:
      return `Applied ${String((op as { kind: unknown }).kind)}`;
  }
}
