/**
 * Export `ftm`: FollowTheMoney entities as JSON lines, one entity per line,
 * every property value an array of strings (mapping in ftm-mapping.ts and
 * docs/formats.md).
 *
 * - actors → Person, Organization, PublicBody or RealEstate, with name,
 *   alias, description, topics, country "kz" (only when meta.case.country
 *   is Kazakhstan, and not for foreign actors or international
 *   organisations), sourceUrl and publisher from their evidence, and
 *   keywords `tamyr:kind=…`, `tamyr:domain=…`, `tamyr:role=…`;
 * - ties → Family (kinship between two people), Membership, Directorship
 *   (office in an organisation) or Employment (office in a public body held
 *   by a person), else UnknownLink; with startDate/endDate, description
 *   (certainty, quotes, hedges, note), sourceUrl, publisher, recordId and a
 *   summary `tamyr:type=…; certainty=…; directed=…`;
 * - events → Event with involved participants.
 */
import {
  CERTAINTY_INFO,
  resolveVocabulary,
  type Actor,
  type Dataset,
  type Evidence,
  type Source,
  type Tie,
} from "../../../schema/index.ts";
import { isDirected } from "../graph/build.ts";
import { sourcesById } from "./export-fields.ts";
import {
  ACTOR_PREFIX,
  EVENT_PREFIX,
  FTM_SCHEMA_OF_KIND,
  MARKER,
  TIE_PREFIX,
  TOPIC_OF_DOMAIN,
  TOPIC_OF_KIND,
  TOPIC_OF_ROLE,
  isKazakhstan,
} from "./ftm-mapping.ts";

type Properties = Record<string, string[]>;

interface Entity {
  id: string;
  schema: string;
  properties: Properties;
}

function put(props: Properties, name: string, values: (string | undefined)[]): void {
  const clean = [...new Set(values.filter((v): v is string => v !== undefined && v.trim() !== ""))];
  if (clean.length > 0) props[name] = clean;
}

function provenance(
  props: Properties,
  evidence: Evidence[] | undefined,
  sources: ReadonlyMap<string, Source>,
): void {
  const cited = (evidence ?? [])
    .map((e) => sources.get(e.source))
    .filter((s): s is Source => s !== undefined);
  put(
    props,
    "sourceUrl",
    cited.map((s) => s.url),
  );
  put(
    props,
    "publisher",
    cited.map((s) => s.publisher ?? (s.url ? undefined : s.title)),
  );
}

/** Evidence as readable lines: quote, source, locator and hedge. */
function evidenceLines(
  evidence: Evidence[] | undefined,
  sources: ReadonlyMap<string, Source>,
): string[] {
  return (evidence ?? []).map((e, i) => {
    const source = sources.get(e.source);
    const parts = [
      e.quote ? `"${e.quote}"` : undefined,
      `${source?.title ?? e.source}${e.locator ? `, ${e.locator}` : ""}`,
      e.hedge ? `hedge: "${e.hedge}"` : undefined,
      e.note ? `note: ${e.note}` : undefined,
    ];
    return `Evidence ${i + 1}: ${parts.filter(Boolean).join(" — ")}`;
  });
}

function actorEntity(actor: Actor, dataset: Dataset, sources: ReadonlyMap<string, Source>): Entity {
  const props: Properties = {};
  put(props, "name", [actor.name]);
  put(
    props,
    "alias",
    (actor.aliases ?? []).map((a) => a.name),
  );
  put(props, "description", [actor.description]);
  const domestic =
    !actor.domains.includes("foreign") && actor.kind !== "international-organization";
  if (domestic && isKazakhstan(dataset.meta.case?.country)) props.country = ["kz"];
  put(props, "topics", [
    ...actor.domains.map((d) => TOPIC_OF_DOMAIN[d]),
    ...actor.roles.map((r) => TOPIC_OF_ROLE[r]),
    TOPIC_OF_KIND[actor.kind],
  ]);
  put(props, "keywords", [
    `${MARKER}kind=${actor.kind}`,
    ...actor.domains.map((d) => `${MARKER}domain=${d}`),
    ...actor.roles.map((r) => `${MARKER}role=${r}`),
  ]);
  put(props, "notes", [evidenceLines(actor.evidence, sources).join("\n")]);
  provenance(props, actor.evidence, sources);
  return { id: ACTOR_PREFIX + actor.id, schema: FTM_SCHEMA_OF_KIND[actor.kind], properties: props };
}

function linkSchema(
  tie: Tie,
  schemaOf: ReadonlyMap<string, string>,
): { schema: string; from: string; to: string; label: string } {
  const from = schemaOf.get(tie.source);
  const to = schemaOf.get(tie.target);
  const organisation = to === "Organization" || to === "PublicBody";
  const legal = from === "Person" || from === "Organization" || from === "PublicBody";
  if (tie.type === "kinship" && from === "Person" && to === "Person") {
    return { schema: "Family", from: "person", to: "relative", label: "relationship" };
  }
  if (tie.type === "membership" && legal && organisation) {
    return { schema: "Membership", from: "member", to: "organization", label: "role" };
  }
  if (tie.type === "office" && from === "Person" && to === "PublicBody") {
    return { schema: "Employment", from: "employee", to: "employer", label: "role" };
  }
  if (tie.type === "office" && legal && organisation) {
    return { schema: "Directorship", from: "director", to: "organization", label: "role" };
  }
  return { schema: "UnknownLink", from: "subject", to: "object", label: "role" };
}

function tieEntity(
  tie: Tie,
  dataset: Dataset,
  schemaOf: ReadonlyMap<string, string>,
  sources: ReadonlyMap<string, Source>,
): Entity {
  const vocabulary = resolveVocabulary(dataset.vocabulary);
  const typeLabel = vocabulary.tieTypes.find((t) => t.id === tie.type)?.label ?? tie.type;
  const directed = isDirected(tie, vocabulary);
  const { schema, from, to, label } = linkSchema(tie, schemaOf);
  const props: Properties = {};
  props[from] = [ACTOR_PREFIX + tie.source];
  props[to] = [ACTOR_PREFIX + tie.target];
  put(props, label, [tie.label ?? typeLabel]);
  put(props, "startDate", [tie.period?.start]);
  put(props, "endDate", [tie.period?.end]);
  const info = CERTAINTY_INFO[tie.certainty];
  const description = [
    `${typeLabel}${tie.label ? `: ${tie.label}` : ""} (${directed ? "directed" : "undirected"}).`,
    `Certainty: ${info.label} — ${info.explanation}`,
    ...(tie.obeyed !== undefined ? [`Obeyed: ${tie.obeyed ? "yes" : "no"}.`] : []),
    ...evidenceLines(tie.evidence, sources),
    ...(tie.note ? [`Note: ${tie.note}`] : []),
  ];
  put(props, "description", [description.join("\n")]);
  put(props, "summary", [
    `${MARKER}type=${tie.type}; certainty=${tie.certainty}; directed=${directed}`,
  ]);
  put(props, "recordId", [tie.id]);
  provenance(props, tie.evidence, sources);
  return { id: TIE_PREFIX + tie.id, schema, properties: props };
}

export function writeFtm(dataset: Dataset): string {
  const sources = sourcesById(dataset);
  const schemaOf = new Map(dataset.actors.map((a) => [a.id, FTM_SCHEMA_OF_KIND[a.kind]] as const));
  const entities: Entity[] = [
    ...dataset.actors.map((a) => actorEntity(a, dataset, sources)),
    ...dataset.ties.map((t) => tieEntity(t, dataset, schemaOf, sources)),
    ...(dataset.events ?? []).map((event) => {
      const props: Properties = {};
      put(props, "name", [event.title]);
      put(props, "date", [event.date]);
      put(props, "startDate", [event.period?.start]);
      put(props, "endDate", [event.period?.end]);
      put(props, "location", [event.place]);
      put(props, "description", [
        [event.description, ...evidenceLines(event.evidence, sources)].filter(Boolean).join("\n"),
      ]);
      put(
        props,
        "involved",
        (event.participants ?? []).map((p) => ACTOR_PREFIX + p.actor),
      );
      if (event.certainty) put(props, "summary", [`${MARKER}certainty=${event.certainty}`]);
      provenance(props, event.evidence, sources);
      return { id: EVENT_PREFIX + event.id, schema: "Event", properties: props };
    }),
  ];
  return entities.map((e) => JSON.stringify(e)).join("\n") + (entities.length > 0 ? "\n" : "");
}
