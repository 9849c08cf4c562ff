/**
 * Builds an imported dataset's own vocabulary. Terms the built-in vocabulary
 * (or the file's own Tamyr vocabulary) already knows are used as they are;
 * every other domain, role or tie type met in the file is added as a new
 * term, labelled with the text found in the file. Records that give no
 * domain, role or tie type get the term `unclassified` ("Unclassified").
 */
import {
  resolveVocabulary,
  type DomainTerm,
  type RoleTerm,
  type TieTypeTerm,
  type Vocabulary,
} from "../../../schema/index.ts";
import { slugify } from "./ids.ts";

export const UNCLASSIFIED = "unclassified";
const UNCLASSIFIED_LABEL = "Unclassified";
const UNCLASSIFIED_COLOR = "#999999";

/** Paul Tol's "muted" palette: colour-blind safe, distinct from the default vocabulary's colours. */
const PALETTE = [
  "#332288",
  "#88ccee",
  "#44aa99",
  "#117733",
  "#999933",
  "#ddcc77",
  "#cc6677",
  "#882255",
  "#aa4499",
  "#dddddd",
];

export class VocabularyBuilder {
  private readonly own: Vocabulary;
  private readonly known: {
    domains: Set<string>;
    roles: Set<string>;
    tieTypes: Map<string, boolean>;
  };
  /** Slugified labels of the known terms, to read `Markets / trade` as `markets`. */
  private readonly byLabel: Record<"domains" | "roles" | "tieTypes", Map<string, string>>;
  private colour = 0;
  /** Terms added on this import, for the warning list. */
  readonly added: { kind: "domain" | "role" | "tie type"; id: string }[] = [];

  constructor(base: Vocabulary | undefined) {
    this.own = base ? structuredClone(base) : {};
    const resolved = resolveVocabulary(this.own);
    this.known = {
      domains: new Set(resolved.domains.map((t) => t.id)),
      roles: new Set(resolved.roles.map((t) => t.id)),
      tieTypes: new Map(resolved.tieTypes.map((t) => [t.id, t.directed])),
    };
    const labels = (terms: { id: string; label: string }[]) =>
      new Map(terms.map((t) => [slugify(t.label), t.id] as const));
    this.byLabel = {
      domains: labels(resolved.domains),
      roles: labels(resolved.roles),
      tieTypes: labels(resolved.tieTypes),
    };
  }

  /**
   * The id for a term as written in a file: the text as an id when a term
   * has that id, else the id of a term with that label, else the text made
   * into a new id (empty when it has no letter or digit).
   */
  match(kind: "domains" | "roles" | "tieTypes", text: string): string {
    const id = slugify(text);
    const known = kind === "tieTypes" ? this.known.tieTypes.has(id) : this.known[kind].has(id);
    return known ? id : (this.byLabel[kind].get(id) ?? id);
  }

  private nextColour(): string {
    return PALETTE[this.colour++ % PALETTE.length]!;
  }

  domain(id: string, label: string): void {
    if (this.known.domains.has(id)) return;
    this.known.domains.add(id);
    const unclassified = id === UNCLASSIFIED;
    const term: DomainTerm = {
      id,
      label: unclassified ? UNCLASSIFIED_LABEL : label.slice(0, 200),
      color: unclassified ? UNCLASSIFIED_COLOR : this.nextColour(),
      description: unclassified ? "Added on import: the file gave no domain" : "Added on import",
    };
    (this.own.domains ??= []).push(term);
    this.added.push({ kind: "domain", id });
  }

  role(id: string, label: string): void {
    if (this.known.roles.has(id)) return;
    this.known.roles.add(id);
    const unclassified = id === UNCLASSIFIED;
    const term: RoleTerm = {
      id,
      label: unclassified ? UNCLASSIFIED_LABEL : label.slice(0, 200),
      shape: "ellipse",
      description: unclassified ? "Added on import: the file gave no role" : "Added on import",
    };
    (this.own.roles ??= []).push(term);
    this.added.push({ kind: "role", id });
  }

  /** The direction of a tie type; a new type takes the direction of the first tie that uses it. */
  tieType(id: string, label: string, directed: boolean): boolean {
    const existing = this.known.tieTypes.get(id);
    if (existing !== undefined) return existing;
    this.known.tieTypes.set(id, directed);
    const unclassified = id === UNCLASSIFIED;
    const term: TieTypeTerm = {
      id,
      label: unclassified ? UNCLASSIFIED_LABEL : label.slice(0, 200),
      directed,
      color: unclassified ? UNCLASSIFIED_COLOR : this.nextColour(),
      arrow: directed ? "triangle" : "none",
      description: unclassified ? "Added on import: the file gave no tie type" : "Added on import",
    };
    (this.own.tieTypes ??= []).push(term);
    this.added.push({ kind: "tie type", id });
    return directed;
  }

  /** Whether a tie type is known, and its direction. */
  directionOf(id: string): boolean | undefined {
    return this.known.tieTypes.get(id);
  }

  /** The dataset's own vocabulary, or undefined when it has no terms of its own. */
  result(): Vocabulary | undefined {
    const v = this.own;
    const empty = !v.base && !v.domains?.length && !v.roles?.length && !v.tieTypes?.length;
    return empty ? undefined : v;
  }
}
