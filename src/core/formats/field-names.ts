/**
 * The names under which Tamyr fields travel in other formats, and the
 * synonyms an import recognises. Names are compared after normalising
 * (lower case, letters and digits only), so `Tie Type`, `tie_type` and
 * `tieType` are the same name.
 *
 * Writers use the first name of each list; readers accept all of them.
 * A custom attribute whose name would be read back as a field is written
 * with the prefix `attribute_`, which readers strip again.
 */

export type ActorField =
  | "id"
  | "name"
  | "aliases"
  | "aliasesJson"
  | "kind"
  | "domains"
  | "roles"
  | "description"
  | "start"
  | "end"
  | "sizeMin"
  | "sizeMax"
  | "sizeText"
  | "evidence"
  /** A `type`-like name, read as the kind only when its value is a known kind. */
  | "kindLenient";

export type TieField =
  | "id"
  | "source"
  | "target"
  | "type"
  | "directed"
  | "certainty"
  | "label"
  | "start"
  | "end"
  | "obeyed"
  | "note"
  | "evidence";

/** Single-evidence columns of a spreadsheet (one evidence item per row). */
export type EvidenceColumn =
  "quote" | "sourceId" | "sourceTitle" | "sourceUrl" | "locator" | "hedge";

export const ACTOR_NAMES: Record<Exclude<ActorField, "kindLenient">, string[]> = {
  id: ["id", "actor_id", "node_id", "key"],
  name: ["name", "label", "actor", "actor_name", "full_name"],
  aliases: ["aliases", "alias", "other_names", "aka"],
  aliasesJson: ["aliases_json"],
  kind: ["kind", "actor_kind"],
  domains: ["domains", "domain", "sphere", "sector"],
  roles: ["roles", "role"],
  description: ["description", "desc", "summary"],
  start: ["period_start", "start", "start_date", "since"],
  end: ["period_end", "end", "end_date", "until"],
  sizeMin: ["size_min"],
  sizeMax: ["size_max"],
  sizeText: ["size_text"],
  evidence: ["evidence", "evidence_json"],
};

/** Read as the actor's kind only when the value is a known kind; otherwise kept as an attribute. */
export const LENIENT_KIND_NAMES = ["type", "node_type", "entity_type", "category"];

export const TIE_NAMES: Record<TieField, string[]> = {
  id: ["id", "tie_id", "edge_id", "key"],
  source: ["source", "from", "source_actor", "actor1"],
  target: ["target", "to", "target_actor", "actor2"],
  type: ["tie_type", "type", "relation", "relationship", "interaction", "edge_type", "kind"],
  directed: ["directed", "is_directed"],
  certainty: ["certainty", "confidence"],
  label: ["label", "edge_label"],
  start: ["period_start", "start", "start_date", "since"],
  end: ["period_end", "end", "end_date", "until"],
  obeyed: ["obeyed"],
  note: ["note", "notes", "comment", "description"],
  evidence: ["evidence", "evidence_json"],
};

export const EVIDENCE_NAMES: Record<EvidenceColumn, string[]> = {
  quote: ["quote", "evidence_quote"],
  sourceId: ["source_id", "evidence_source"],
  sourceTitle: ["source_title"],
  sourceUrl: ["source_url", "url"],
  locator: ["locator", "page"],
  hedge: ["hedge"],
};

/** Written by Tamyr for convenience and ignored by its readers. */
export const DERIVED_NAMES = ["evidence_count"];

/** Node positions; read into ImportResult.positions, never kept as attributes. */
export const POSITION_NAMES = ["x", "y", "z"];

export const ATTRIBUTE_PREFIX = "attribute_";

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function lookup<F extends string>(table: Record<F, string[]>): Map<string, F> {
  const map = new Map<string, F>();
  for (const [field, names] of Object.entries(table) as [F, string[]][]) {
    for (const name of names) {
      const key = normalizeName(name);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
}

const ACTOR_LOOKUP = lookup(ACTOR_NAMES);
const TIE_LOOKUP = lookup(TIE_NAMES);
const EVIDENCE_LOOKUP = lookup(EVIDENCE_NAMES);
const LENIENT_KIND = new Set(LENIENT_KIND_NAMES.map(normalizeName));
const IGNORED = new Set([...DERIVED_NAMES, ...POSITION_NAMES].map(normalizeName));

export function actorFieldFor(name: string): ActorField | undefined {
  return ACTOR_LOOKUP.get(normalizeName(name));
}

export function tieFieldFor(name: string): TieField | undefined {
  return TIE_LOOKUP.get(normalizeName(name));
}

export function evidenceColumnFor(name: string): EvidenceColumn | undefined {
  return EVIDENCE_LOOKUP.get(normalizeName(name));
}

export function isLenientKindName(name: string): boolean {
  return LENIENT_KIND.has(normalizeName(name));
}

export function isIgnoredName(name: string): boolean {
  return IGNORED.has(normalizeName(name));
}

/** The name under which a custom attribute is written so that a reader keeps it as an attribute. */
export function customAttributeName(name: string, table: "actor" | "tie"): string {
  const clashes =
    (table === "actor" ? actorFieldFor(name) : tieFieldFor(name)) !== undefined ||
    (table === "actor" && isLenientKindName(name)) ||
    evidenceColumnFor(name) !== undefined ||
    isIgnoredName(name) ||
    normalizeName(name).startsWith(normalizeName(ATTRIBUTE_PREFIX)) ||
    /^evidence[\s_-]*\d/i.test(name);
  return clashes ? ATTRIBUTE_PREFIX + name : name;
}

/** The custom attribute name behind a prefixed one, or undefined when not prefixed. */
export function unprefixedAttribute(name: string): string | undefined {
  return name.startsWith(ATTRIBUTE_PREFIX) ? name.slice(ATTRIBUTE_PREFIX.length) : undefined;
}
