/**
 * Import `ftm`: FollowTheMoney entities, one JSON object per line (a JSON
 * array of entities is accepted too), as exported by Aleph, OpenSanctions
 * or Tamyr. Mapping in ftm-mapping.ts and docs/formats.md.
 *
 * - Person, Organization, Company, PublicBody, LegalEntity, RealEstate → actors;
 *   `tamyr:` keywords restore kind, domains and roles; other properties are
 *   kept as attributes (several values joined with `; `);
 * - Family, Associate, Membership, Directorship, Employment, Ownership,
 *   Representation, UnknownLink → ties; a `tamyr:` summary restores type,
 *   certainty and direction; role/relationship gives the label;
 * - Event → events; sourceUrl and publisher become evidence sources;
 * - entities of other schemata are skipped, with a warning per schema.
 */
import { DEFAULT_VOCABULARY } from "../../../schema/index.ts";
import { nestingProblem } from "../dataset/limit-scan.ts";
import { LIMITS } from "../dataset/limits.ts";
import { assembleDataset } from "./assemble.ts";
import { toText } from "./coerce.ts";
import {
  ACTOR_PREFIX,
  EVENT_PREFIX,
  KIND_OF_FTM_SCHEMA,
  LINK_SCHEMAS,
  MARKER,
  TIE_PREFIX,
} from "./ftm-mapping.ts";
import { isSlug, slugify } from "./ids.ts";
import { IssueLog } from "./issue-log.ts";
import { isObject, parseJsonText } from "./json-text.ts";
import type { RawActor, RawTie } from "./raw.ts";
import { ImportError, type ImportOptions, type ImportResult, type Place } from "./types.ts";

interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  place: Place;
}

function entities(text: string, log: IssueLog): Entity[] {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  const raw: { value: unknown; place: Place }[] = [];
  if (trimmed.startsWith("[")) {
    const list = parseJsonText(trimmed, "FollowTheMoney");
    if (Array.isArray(list))
      list.forEach((value, i) => raw.push({ value, place: { path: `[${i}]` } }));
  } else {
    text.split(/\r?\n/).forEach((line, i) => {
      if (line.trim() === "") return;
      const tooDeep = nestingProblem(line, LIMITS.maxNesting);
      if (tooDeep)
        return log.problem(
          { line: i + 1 },
          `${tooDeep.message.replace("the file", "this line")}; skipped`,
        );
      try {
        raw.push({ value: JSON.parse(line) as unknown, place: { line: i + 1 } });
      } catch {
        log.problem({ line: i + 1 }, "this line is not a JSON object, so it was skipped");
      }
    });
  }
  const out: Entity[] = [];
  for (const { value, place } of raw) {
    if (!isObject(value) || typeof value.schema !== "string" || value.id === undefined) {
      log.problem(
        place,
        "not a FollowTheMoney entity (it needs id, schema and properties); skipped",
      );
      continue;
    }
    const properties: Record<string, string[]> = Object.create(null);
    if (isObject(value.properties)) {
      for (const [name, values] of Object.entries(value.properties)) {
        const list = (Array.isArray(values) ? values : [values])
          .map((v) => toText(v))
          .filter((v): v is string => v !== undefined);
        if (list.length > 0) properties[name] = list;
      }
    }
    out.push({ id: String(value.id), schema: value.schema, properties, place });
  }
  return out;
}

function stripPrefix(id: string, prefix: string): string {
  const rest = id.startsWith(prefix) ? id.slice(prefix.length) : id;
  return isSlug(rest) ? rest : id;
}

/** `tamyr:key=value` markers, from keywords or a `;`-separated summary. */
function markers(values: string[] | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const value of values ?? []) {
    if (!value.startsWith(MARKER)) continue;
    for (const part of value.slice(MARKER.length).split(";")) {
      const [key, ...rest] = part.split("=");
      if (!key || rest.length === 0) continue;
      const k = key.trim();
      out.set(k, [...(out.get(k) ?? []), rest.join("=").trim()]);
    }
  }
  return out;
}

function provenance(e: Entity): unknown[] {
  const urls = e.properties.sourceUrl ?? [];
  const publishers = e.properties.publisher ?? [];
  if (urls.length === 0) return publishers.map((p) => ({ source: { title: p, publisher: p } }));
  // FtM does not pair links with publishers; pair them only when the counts agree
  const paired = publishers.length === urls.length;
  return urls.map((url, i) => {
    const publisher = paired ? publishers[i] : undefined;
    return { source: { title: publisher ?? url, url, ...(publisher ? { publisher } : {}) } };
  });
}

function rest(e: Entity, used: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [name, values] of Object.entries(e.properties))
    if (!used.includes(name)) out[name] = values.join("; ");
  return out;
}

const ACTOR_USED = [
  "name",
  "alias",
  "weakAlias",
  "previousName",
  "description",
  "summary",
  "keywords",
  "sourceUrl",
  "publisher",
];

function actor(e: Entity, log: IssueLog): RawActor {
  const m = markers(e.properties.keywords);
  const [name, ...otherNames] = e.properties.name ?? [];
  const aliases = [
    ...otherNames,
    ...(e.properties.alias ?? []),
    ...(e.properties.weakAlias ?? []),
    ...(e.properties.previousName ?? []),
  ];
  const keywords = (e.properties.keywords ?? []).filter((k) => !k.startsWith(MARKER));
  if ((e.properties.name ?? []).length > 1)
    log.warn(
      "ftm-names",
      e.place,
      "an entity has several names: the first is the name, the others became aliases",
    );
  return {
    place: e.place,
    fields: {
      id: stripPrefix(e.id, ACTOR_PREFIX),
      name,
      aliases,
      kind: m.get("kind")?.[0] ?? KIND_OF_FTM_SCHEMA[e.schema],
      domains: m.get("domain"),
      roles: m.get("role"),
      description: e.properties.description?.join("\n\n") ?? e.properties.summary?.join("\n\n"),
      evidence: provenance(e),
    },
    fieldNames: { kind: "schema", description: "description" },
    extra: {
      ...rest(e, ACTOR_USED),
      ...(keywords.length > 0 ? { keywords: keywords.join("; ") } : {}),
      ftm_schema: e.schema,
    },
  };
}

/** The role or relationship, unless it only repeats the tie type's label (as Tamyr writes it then). */
function tieLabel(role: string | undefined, markedType: string | undefined): string | undefined {
  if (role === undefined || markedType === undefined) return role;
  const typeLabel = DEFAULT_VOCABULARY.tieTypes.find((t) => t.id === markedType)?.label;
  return role === typeLabel || slugify(role) === markedType ? undefined : role;
}

function tie(e: Entity, log: IssueLog): RawTie | undefined {
  const schema = LINK_SCHEMAS[e.schema]!;
  const m = markers(e.properties.summary);
  const first = (name: string) => {
    const values = e.properties[name] ?? [];
    if (values.length > 1)
      log.warn(
        "ftm-multi",
        { ...e.place, field: name },
        `several values for ${name}; the first was used`,
        "properties with several values kept the first",
      );
    return values[0];
  };
  const source = first(schema.from);
  const target = first(schema.to);
  const directedMarker = m.get("directed")?.[0];
  const recordId = e.properties.recordId?.[0];
  const used = [
    schema.from,
    schema.to,
    schema.label,
    "startDate",
    "endDate",
    "summary",
    "description",
    "recordId",
    "sourceUrl",
    "publisher",
  ];
  return {
    place: e.place,
    fields: {
      id: recordId && isSlug(recordId) ? recordId : stripPrefix(e.id, TIE_PREFIX),
      source: source !== undefined ? stripPrefix(source, ACTOR_PREFIX) : undefined,
      target: target !== undefined ? stripPrefix(target, ACTOR_PREFIX) : undefined,
      type: m.get("type")?.[0] ?? schema.type,
      certainty: m.get("certainty")?.[0],
      label: tieLabel(e.properties[schema.label]?.[0], m.get("type")?.[0]),
      start: first("startDate"),
      end: first("endDate"),
      note: m.size > 0 ? undefined : e.properties.description?.join("\n\n"),
      evidence: provenance(e),
    },
    fieldNames: {
      source: schema.from,
      target: schema.to,
      start: "startDate",
      end: "endDate",
      type: "schema",
    },
    extra: { ...rest(e, used), ftm_schema: e.schema },
    directed: directedMarker !== undefined ? directedMarker === "true" : schema.directed,
  };
}

function event(e: Entity): Record<string, unknown> {
  const m = markers(e.properties.summary);
  const start = e.properties.startDate?.[0];
  const end = e.properties.endDate?.[0];
  return {
    id: stripPrefix(e.id, EVENT_PREFIX),
    title: e.properties.name?.[0] ?? e.id,
    ...(e.properties.date?.[0] ? { date: e.properties.date[0].slice(0, 10) } : {}),
    ...(start || end
      ? {
          period: {
            ...(start ? { start: start.slice(0, 10) } : {}),
            ...(end ? { end: end.slice(0, 10) } : {}),
          },
        }
      : {}),
    ...(e.properties.location?.[0] ? { place: e.properties.location[0] } : {}),
    ...(e.properties.description ? { description: e.properties.description.join("\n\n") } : {}),
    ...(m.get("certainty") ? { certainty: m.get("certainty")![0] } : {}),
    participants: [...(e.properties.organizer ?? []), ...(e.properties.involved ?? [])].map(
      (id) => ({ actor: stripPrefix(id, ACTOR_PREFIX) }),
    ),
    evidence: provenance(e),
  };
}

export function readFtm(text: string, options: ImportOptions = {}): ImportResult {
  const log = new IssueLog();
  const all = entities(text, log);
  if (all.length === 0 && log.problems.length > 0) {
    throw new ImportError("no FollowTheMoney entity could be read", log.problems[0]);
  }
  try {
    const actors: RawActor[] = [];
    const ties: RawTie[] = [];
    const events: Record<string, unknown>[] = [];
    for (const e of all) {
      if (e.schema in KIND_OF_FTM_SCHEMA) actors.push(actor(e, log));
      else if (e.schema in LINK_SCHEMAS) {
        const t = tie(e, log);
        if (t) ties.push(t);
      } else if (e.schema === "Event") events.push(event(e));
      else
        log.warn(
          `ftm-schema-${e.schema}`,
          e.place,
          `entities of schema ${e.schema} are not imported`,
          `${e.schema} entities were not imported`,
        );
    }
    const result = assembleDataset(
      { format: "FollowTheMoney", actors, ties, defaultDirected: false, graph: { events } },
      options.fileName,
    );
    return {
      ...result,
      problems: [...log.problems, ...result.problems],
      warnings: [...log.warnings, ...result.warnings],
    };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `could not read the FollowTheMoney file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
