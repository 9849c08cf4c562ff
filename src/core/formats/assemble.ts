/**
 * RawGraph → dataset: the part of every import that does not depend on the
 * format. The result always passes Dataset.safeParse, or is null with the
 * reasons among the problems.
 */
import {
  Dataset,
  Event,
  Meta,
  Narrative,
  SCHEMA_VERSION,
  Vocabulary,
  type TamyrEvent,
} from "../../../schema/index.ts";
import { assembleActors } from "./assemble-actors.ts";
import type { AssemblyContext } from "./assemble-context.ts";
import { assembleTies } from "./assemble-ties.ts";
import { isError, toJson } from "./coerce.ts";
import { SourceRegistry } from "./evidence.ts";
import { IssueLog } from "./issue-log.ts";
import type { RawGraph } from "./raw.ts";
import type { ImportResult, Place } from "./types.ts";
import { UNCLASSIFIED, VocabularyBuilder } from "./vocab-builder.ts";

/** Parses a graph-level JSON value against a schema; reports and ignores it when invalid. */
function graphValue<T>(
  log: IssueLog,
  place: Place,
  name: string,
  value: unknown,
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
): T | undefined {
  const json = toJson(value);
  if (json === undefined) return undefined;
  if (isError(json)) {
    log.problem({ ...place, field: name }, "is not valid JSON; ignored");
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  log.problem(
    { ...place, field: name },
    `${issue.path.map(String).join(".") || "value"}: ${issue.message}; ignored`,
  );
  return undefined;
}

function registerGraphSources(ctx: AssemblyContext, value: unknown, place: Place): void {
  const json = toJson(value);
  if (json === undefined) return;
  if (isError(json) || !Array.isArray(json)) {
    ctx.log.problem(
      { ...place, field: "tamyr_sources" },
      "must be a JSON array of sources; ignored",
    );
    return;
  }
  json.forEach((item: unknown, i) => {
    const at = { ...place, field: "tamyr_sources", path: `[${i}]` };
    if (item !== null && typeof item === "object")
      ctx.sources.record(item as Record<string, unknown>, at);
    else ctx.log.problem(at, "a source must be an object");
  });
}

function assembleEvents(ctx: AssemblyContext, value: unknown, place: Place): TamyrEvent[] {
  const json = toJson(value);
  if (json === undefined) return [];
  if (isError(json) || !Array.isArray(json)) {
    ctx.log.problem({ ...place, field: "tamyr_events" }, "must be a JSON array of events; ignored");
    return [];
  }
  const events: TamyrEvent[] = [];
  json.forEach((item: unknown, i) => {
    const at = { ...place, field: "tamyr_events", path: `[${i}]` };
    if (item === null || typeof item !== "object")
      return ctx.log.problem(at, "an event must be an object");
    const raw = { ...(item as Record<string, unknown>) };
    const participants = Array.isArray(raw.participants) ? raw.participants : [];
    raw.participants = participants.flatMap((p: unknown) => {
      const actor = (p as { actor?: unknown })?.actor;
      const id = typeof actor === "string" ? ctx.actorIds.get(actor) : undefined;
      if (id === undefined) {
        ctx.log.warn(
          "event-participant",
          at,
          `participant ${JSON.stringify(actor)} is not an actor in the file; left out`,
        );
        return [];
      }
      return [{ ...(p as object), actor: id }];
    });
    if ((raw.participants as unknown[]).length === 0) delete raw.participants;
    const evidence = ctx.sources.evidence(raw.evidence, at);
    if (evidence.length > 0) raw.evidence = evidence;
    else delete raw.evidence;
    const parsed = Event.safeParse(raw);
    if (parsed.success) events.push(parsed.data);
    else
      ctx.log.problem(
        at,
        `event: ${parsed.error.issues[0]!.path.join(".") || "record"} ${parsed.error.issues[0]!.message}`,
      );
  });
  return events;
}

export function assembleDataset(raw: RawGraph, fileName?: string): ImportResult {
  const log = new IssueLog();
  const graphPlace = raw.graph?.place ?? {};
  const ownVocabulary = graphValue(
    log,
    graphPlace,
    "tamyr_vocabulary",
    raw.graph?.vocabulary,
    Vocabulary,
  );
  const ctx: AssemblyContext = {
    format: raw.format,
    log,
    vocabulary: new VocabularyBuilder(ownVocabulary),
    sources: new SourceRegistry(log),
    actorIds: new Map(),
    defaultDirected: raw.defaultDirected,
  };
  registerGraphSources(ctx, raw.graph?.sources, graphPlace);
  const actors = assembleActors(ctx, raw.actors);
  const ties = assembleTies(ctx, raw.ties);
  const events = assembleEvents(ctx, raw.graph?.events, graphPlace);
  const meta = graphValue(log, graphPlace, "tamyr_meta", raw.graph?.meta, Meta) ?? {
    title: (
      raw.graph?.title?.trim() ||
      (fileName ? `Imported from ${fileName}` : `Imported from ${raw.format}`)
    ).slice(0, 500),
  };
  const sources = ctx.sources.finish();
  const vocabulary = ctx.vocabulary.result();
  // `unclassified` is already reported with the defaults
  for (const term of ctx.vocabulary.added.filter((t) => t.id !== UNCLASSIFIED)) {
    log.warn(
      "vocabulary-added",
      {},
      `the ${term.kind} '${term.id}' is not in the vocabulary; it was added to the dataset's own vocabulary`,
      "terms were added to the vocabulary",
    );
  }
  const candidate: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    meta,
    ...(vocabulary ? { vocabulary } : {}),
    ...(sources.length > 0 ? { sources } : {}),
    actors,
    ties,
    ...(events.length > 0 ? { events } : {}),
  };
  const positions = { ...raw.positions, ...ctx.positions };
  const known = new Set(actors.map((a) => a.id));
  const layout = Object.fromEntries(
    Object.entries(positions).filter(
      ([id, p]) => known.has(id) && Number.isFinite(p.x) && Number.isFinite(p.y),
    ),
  );
  // positions found in the file become the dataset's saved layout
  if (Object.keys(layout).length > 0) candidate.layout = { positions: layout };
  const parsed = Dataset.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      log.problem({ path: issue.path.map(String).join(".") }, issue.message);
    return { dataset: null, problems: log.problems, warnings: log.warnings };
  }
  return {
    dataset: withNarratives(log, parsed.data, raw.graph?.narratives, graphPlace),
    problems: log.problems,
    warnings: log.warnings,
    ...(Object.keys(positions).length > 0 ? { positions } : {}),
  };
}

/** Adds the file's narratives, when they are valid and every id they name is in the dataset. */
function withNarratives(log: IssueLog, dataset: Dataset, value: unknown, place: Place): Dataset {
  const json = toJson(value);
  if (json === undefined) return dataset;
  const at = { ...place, field: "tamyr_narratives" };
  if (isError(json) || !Array.isArray(json)) {
    log.problem(at, "must be a JSON array of narratives; ignored");
    return dataset;
  }
  const narratives = json.flatMap((item: unknown, i) => {
    const parsed = Narrative.safeParse(item);
    if (parsed.success) return [parsed.data];
    log.problem(
      { ...at, path: `[${i}]` },
      `narrative: ${parsed.error.issues[0]!.message}; left out`,
    );
    return [];
  });
  if (narratives.length === 0) return dataset;
  const parsed = Dataset.safeParse({ ...dataset, narratives });
  if (parsed.success) return parsed.data;
  log.problem(
    at,
    `the narratives name records that are not in the file (${parsed.error.issues[0]!.message}); left out`,
  );
  return dataset;
}
