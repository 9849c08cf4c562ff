/**
 * The dataset file: the single source of truth for Tamyr's data contract.
 * Structural rules are zod schemas; cross-reference rules (unique ids,
 * existing endpoints, sources and vocabulary terms) run in `crossReference`.
 */
import { z } from "zod";
import { IsoDate, Period } from "./dates.ts";
import { Actor, Event, Evidence, Source, Tie } from "./entities.ts";
import { resolveVocabulary, Slug, Vocabulary, type ResolvedVocabulary } from "./vocabulary.ts";
import { Narrative, narrativeProblems } from "./narratives.ts";
import { nonBlank } from "./text.ts";

export const Layout = z
  .strictObject({
    positions: z
      .record(Slug, z.strictObject({ x: z.number().finite(), y: z.number().finite() }))
      .describe("Actor id → position in the drawing"),
  })
  .describe("Saved positions of actors, e.g. from a hand-made sketch");

export const SCHEMA_VERSION = "1.0";

export const Meta = z
  .strictObject({
    title: nonBlank(500),
    description: z.string().max(20_000).optional(),
    authors: z.array(z.string().min(1).max(500)).optional(),
    license: z.string().max(200).optional(),
    created: IsoDate.optional(),
    updated: IsoDate.optional(),
    case: z
      .strictObject({
        country: z.string().max(200).optional(),
        period: Period.optional(),
      })
      .optional(),
  })
  .describe("What the dataset is about, who made it and under which license");

type Issue = { path: (string | number)[]; message: string };

function firstIndexes(items: { id: string }[]): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    if (!first.has(item.id)) first.set(item.id, index);
  });
  return first;
}

function checkUnique(
  items: { id: string }[] | undefined,
  kind: string,
  collection: string[],
  issues: Issue[],
): Set<string> {
  const seen = new Set<string>();
  if (!items) return seen;
  let firstUse: Map<string, number> | undefined;
  for (let index = 0; index < items.length; index++) {
    const id = items[index]!.id;
    if (!seen.has(id)) {
      seen.add(id);
      continue;
    }
    // duplicates are rare: where each id is first used is worked out at the first of them
    firstUse ??= firstIndexes(items);
    const first = firstUse.get(id);
    issues.push({
      path: [...collection, index, "id"],
      message: `duplicate ${kind} id '${id}' (first used by ${collection.join(".")}[${first}])`,
    });
  }
  return seen;
}

interface DatasetShape {
  vocabulary?: Vocabulary;
  sources?: z.infer<typeof Source>[];
  actors: z.infer<typeof Actor>[];
  ties: z.infer<typeof Tie>[];
  events?: z.infer<typeof Event>[];
  narratives?: Narrative[];
  layout?: z.infer<typeof Layout>;
}

function checkEvidence(
  evidence: z.infer<typeof Evidence>[] | undefined,
  kind: "actor" | "tie" | "event",
  id: string,
  index: number,
  sourceIds: Set<string>,
  issues: Issue[],
): void {
  if (!evidence) return;
  for (let i = 0; i < evidence.length; i++) {
    const item = evidence[i]!;
    if (!sourceIds.has(item.source)) {
      issues.push({
        path: [`${kind}s`, index, "evidence", i, "source"],
        message: `${kind} '${id}' cites unknown source '${item.source}'`,
      });
    }
  }
}

/** Where each of an actor's terms is missing from the vocabulary, as problems. */
function checkTerms(
  terms: string[],
  known: Set<string>,
  what: "domain" | "role",
  actorId: string,
  index: number,
  issues: Issue[],
): void {
  for (let j = 0; j < terms.length; j++) {
    if (known.has(terms[j]!)) continue;
    issues.push({
      path: ["actors", index, `${what}s`, j],
      message: `actor '${actorId}' has unknown ${what} '${terms[j]}' (not in the vocabulary)`,
    });
  }
}

/** Cross-reference problems of a structurally valid dataset, with their JSON paths. */
export function crossReference(data: DatasetShape): Issue[] {
  const issues: Issue[] = [];
  const vocab: ResolvedVocabulary = resolveVocabulary(data.vocabulary);
  checkUnique(data.vocabulary?.domains, "domain", ["vocabulary", "domains"], issues);
  checkUnique(data.vocabulary?.roles, "role", ["vocabulary", "roles"], issues);
  checkUnique(data.vocabulary?.tieTypes, "tie type", ["vocabulary", "tieTypes"], issues);
  const domains = new Set(vocab.domains.map((term) => term.id));
  const roles = new Set(vocab.roles.map((term) => term.id));
  const tieTypes = new Set(vocab.tieTypes.map((term) => term.id));
  const sourceIds = checkUnique(data.sources, "source", ["sources"], issues);
  const actorIds = checkUnique(data.actors, "actor", ["actors"], issues);
  const tieIds = checkUnique(data.ties, "tie", ["ties"], issues);
  const eventIds = checkUnique(data.events, "event", ["events"], issues);

  // plain loops, and a record's name written only into a problem: this runs over every record
  const { actors, ties } = data;
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i]!;
    checkTerms(actor.domains, domains, "domain", actor.id, i, issues);
    checkTerms(actor.roles, roles, "role", actor.id, i, issues);
    if (actor.evidence) checkEvidence(actor.evidence, "actor", actor.id, i, sourceIds, issues);
  }

  for (let i = 0; i < ties.length; i++) {
    const tie = ties[i]!;
    if (!actorIds.has(tie.source)) {
      issues.push({
        path: ["ties", i, "source"],
        message: `tie '${tie.id}' points to unknown actor '${tie.source}'`,
      });
    }
    if (!actorIds.has(tie.target)) {
      issues.push({
        path: ["ties", i, "target"],
        message: `tie '${tie.id}' points to unknown actor '${tie.target}'`,
      });
    }
    if (tie.source === tie.target) {
      issues.push({
        path: ["ties", i, "target"],
        message: `tie '${tie.id}' connects actor '${tie.source}' to itself`,
      });
    }
    if (!tieTypes.has(tie.type)) {
      issues.push({
        path: ["ties", i, "type"],
        message: `tie '${tie.id}' has unknown tie type '${tie.type}' (not in the vocabulary)`,
      });
    }
    if (tie.evidence) checkEvidence(tie.evidence, "tie", tie.id, i, sourceIds, issues);
  }

  data.events?.forEach((event, i) => {
    event.participants?.forEach((p, j) => {
      if (!actorIds.has(p.actor)) {
        issues.push({
          path: ["events", i, "participants", j, "actor"],
          message: `event '${event.id}' names unknown actor '${p.actor}'`,
        });
      }
    });
    checkEvidence(event.evidence, "event", event.id, i, sourceIds, issues);
  });
  for (const id of Object.keys(data.layout?.positions ?? {})) {
    if (!actorIds.has(id)) {
      issues.push({
        path: ["layout", "positions", id],
        message: `layout has a position for unknown actor '${id}'`,
      });
    }
  }
  issues.push(
    ...narrativeProblems(data.narratives, { actorIds, tieIds, eventIds, domains, roles, tieTypes }),
  );
  return issues;
}

/**
 * The dataset's structure alone, without the cross-references: `Dataset` is
 * this schema and `crossReference`. Neither changes a value it accepts, so a
 * parsed file can be checked in place by the two (`parseDataset` does).
 */
export const DatasetStructure = z.strictObject({
  $schema: z.string().max(2000).optional().describe("Path or URL of the JSON Schema, for editors"),
  schemaVersion: z.literal(SCHEMA_VERSION).describe("Version of the Tamyr dataset format"),
  meta: Meta,
  vocabulary: Vocabulary.optional(),
  sources: z.array(Source).optional(),
  actors: z.array(Actor),
  ties: z.array(Tie),
  events: z.array(Event).optional(),
  narratives: z.array(Narrative).optional().describe("Guided stories through the network"),
  layout: Layout.optional(),
});

export const Dataset = DatasetStructure.superRefine((data, ctx) => {
  for (const issue of crossReference(data)) {
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
}).describe("A Tamyr actor-network dataset");

export type Dataset = z.infer<typeof Dataset>;
export type Meta = z.infer<typeof Meta>;

/** The research-grade rules behind `--strict`: evidence on every actor and tie, a quote in every evidence item. */
export function strictProblems(data: Dataset): Issue[] {
  const issues: Issue[] = [];
  const check = (
    items: { id: string; evidence?: z.infer<typeof Evidence>[] }[] | undefined,
    kind: string,
    collection: string,
    requireEvidence: boolean,
  ) => {
    items?.forEach((item, i) => {
      if (requireEvidence && (!item.evidence || item.evidence.length === 0)) {
        issues.push({ path: [collection, i], message: `${kind} '${item.id}' has no evidence` });
      }
      item.evidence?.forEach((ev, j) => {
        if (!ev.quote) {
          issues.push({
            path: [collection, i, "evidence", j],
            message: `${kind} '${item.id}' has an evidence item without a quote`,
          });
        }
      });
    });
  };
  check(data.actors, "actor", "actors", true);
  check(data.ties, "tie", "ties", true);
  check(data.events, "event", "events", false);
  return issues;
}
