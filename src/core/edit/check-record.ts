/**
 * Checks one actor, tie, source or event as the Dataset schema would, at the
 * cost of that record alone: its record schema, a unique id, and the
 * schema's own `crossReference` run on a miniature dataset holding just the
 * record and the records it refers to. Problems are relative to the record.
 */
import type { z } from "zod";
import {
  Actor,
  crossReference,
  Event,
  Source,
  Tie,
  type Dataset,
  type TamyrEvent,
} from "../../../schema/index.ts";
import { reportIssue } from "../dataset/issue-messages.ts";
import { formatPath } from "../dataset/problems.ts";
import { recordLabel } from "./labels.ts";
import { findById } from "./lists.ts";
import type { AnyRecord, EditProblem, RecordCollection } from "./operations.ts";

const SCHEMAS = { actors: Actor, ties: Tie, sources: Source, events: Event } as const;

/** Problems of `value` against `schema`, worded as the file validator words them, with form paths. */
export function schemaProblems(schema: z.ZodType, value: unknown): EditProblem[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return result.error.issues
    .flatMap(reportIssue)
    .map((r) => ({ path: formatPath(r.path), message: r.message }));
}

function existing<T extends { id: string }>(list: readonly T[] | undefined, ids: string[]): T[] {
  const found = new Map<string, T>();
  for (const id of ids) {
    const record = findById(list, id);
    if (record) found.set(id, record);
  }
  return [...found.values()];
}

function referenceProblems(
  dataset: Dataset,
  c: RecordCollection,
  record: AnyRecord,
): EditProblem[] {
  if (c === "sources") return [];
  const evidence = "evidence" in record ? (record.evidence ?? []) : [];
  const mini: Parameters<typeof crossReference>[0] = {
    vocabulary: dataset.vocabulary,
    sources: existing(
      dataset.sources,
      evidence.map((e) => e.source),
    ),
    actors: [],
    ties: [],
  };
  if (c === "actors") mini.actors = [record as Dataset["actors"][number]];
  if (c === "ties") {
    const tie = record as Dataset["ties"][number];
    mini.actors = existing(dataset.actors, [tie.source, tie.target]);
    mini.ties = [tie];
  }
  if (c === "events") {
    const event = record as TamyrEvent;
    mini.actors = existing(
      dataset.actors,
      (event.participants ?? []).map((p) => p.actor),
    );
    mini.events = [event];
  }
  return crossReference(mini)
    .filter((issue) => issue.path[0] === c && issue.path[1] === 0)
    .map((issue) => ({ path: formatPath(issue.path.slice(2)), message: issue.message }));
}

/**
 * Problems of `record` as a member of `c` in `dataset`. `replacing` is the id
 * of the record it replaces (an update), which its own id may keep.
 */
export function checkRecord(
  dataset: Dataset,
  c: RecordCollection,
  record: unknown,
  replacing?: string,
): EditProblem[] {
  const structural = schemaProblems(SCHEMAS[c], record);
  if (structural.length > 0) return structural;
  const valid = record as AnyRecord;
  const problems: EditProblem[] = [];
  if (valid.id !== replacing) {
    const other = findById<AnyRecord>(dataset[c], valid.id);
    if (other) {
      problems.push({
        path: "id",
        message: `id '${valid.id}' is already used by ${recordLabel(dataset, c, other)}`,
      });
    }
  }
  return [...problems, ...referenceProblems(dataset, c, valid)];
}
