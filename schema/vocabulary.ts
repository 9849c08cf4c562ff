/**
 * Vocabulary: the dataset's own domains, roles and tie types, each with a
 * display hint. A built-in default vocabulary (DEFAULT_VOCABULARY) applies
 * unless a dataset sets `base: "none"`; a dataset's terms add to it, and a
 * term whose id is already in the default replaces the default's term.
 */
import { z } from "zod";

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "must be a slug: lower-case letters, digits and single hyphens",
  })
  .max(120);

const HexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: "must be a colour like #1f77b4" });

export const NODE_SHAPES = [
  "ellipse",
  "round-rectangle",
  "rectangle",
  "triangle",
  "round-triangle",
  "diamond",
  "round-diamond",
  "pentagon",
  "hexagon",
  "octagon",
  "star",
  "vee",
  "tag",
  "barrel",
] as const;

export const LINE_STYLES = ["solid", "dashed", "dotted"] as const;
export const ARROW_SHAPES = [
  "triangle",
  "vee",
  "tee",
  "circle",
  "square",
  "diamond",
  "none",
] as const;

const TermBase = {
  id: Slug,
  label: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
};

export const DomainTerm = z
  .strictObject({ ...TermBase, color: HexColor.describe("Fill colour of actors in this domain") })
  .describe("A sphere of social life an actor belongs to (state, security, markets…)");

export const RoleTerm = z
  .strictObject({ ...TermBase, shape: z.enum(NODE_SHAPES).describe("Node shape for this role") })
  .describe("What an actor does in the case (patron, mobilizer, provocateur…)");

export const TieTypeTerm = z
  .strictObject({
    ...TermBase,
    directed: z.boolean().describe("Whether ties of this type run from source to target"),
    color: HexColor.describe("Line colour"),
    lineStyle: z
      .enum(LINE_STYLES)
      .optional()
      .describe("Line style hint; in the explorer, dashes are reserved for certainty"),
    arrow: z.enum(ARROW_SHAPES).optional().describe("Arrow head at the target of directed ties"),
  })
  .describe("A kind of relation between two actors");

export const Vocabulary = z
  .strictObject({
    base: z
      .enum(["default", "none"])
      .optional()
      .describe("'default' (the default) extends Tamyr's built-in vocabulary; 'none' starts empty"),
    domains: z.array(DomainTerm).optional(),
    roles: z.array(RoleTerm).optional(),
    tieTypes: z.array(TieTypeTerm).optional(),
  })
  .describe("The dataset's terms; added to the built-in vocabulary unless base is 'none'");

export type DomainTerm = z.infer<typeof DomainTerm>;
export type RoleTerm = z.infer<typeof RoleTerm>;
export type TieTypeTerm = z.infer<typeof TieTypeTerm>;
export type Vocabulary = z.infer<typeof Vocabulary>;

export interface ResolvedVocabulary {
  domains: DomainTerm[];
  roles: RoleTerm[];
  tieTypes: TieTypeTerm[];
}

const d = (id: string, label: string, color: string, description: string): DomainTerm => ({
  id,
  label,
  color,
  description,
});
const r = (id: string, label: string, shape: RoleTerm["shape"], description: string): RoleTerm => ({
  id,
  label,
  shape,
  description,
});
const t = (
  id: string,
  label: string,
  directed: boolean,
  color: string,
  arrow: TieTypeTerm["arrow"],
  description: string,
): TieTypeTerm => ({ id, label, directed, color, arrow, lineStyle: "solid", description });

/** Tamyr's built-in vocabulary, tuned for elite–violence networks. Colours are colour-blind safe. */
export const DEFAULT_VOCABULARY: ResolvedVocabulary = {
  domains: [
    d("state", "State", "#0072b2", "Presidency, government, ministries and state bodies"),
    d("family", "Family / clan", "#cc79a7", "Kinship networks and ruling families"),
    d("security", "Security", "#3d3d3d", "Police, security services, armed forces"),
    d("markets", "Markets / trade", "#e69f00", "Bazaars, traders and business"),
    d("crime", "Organized crime", "#a6341b", "Criminal groups and their members"),
    d("religious", "Religious", "#009e73", "Religious movements and organizations"),
    d("civil-society", "Civil society", "#56b4e9", "Citizens, protesters, activists, opposition"),
    d("media", "Media", "#8e6bbf", "Journalists, broadcasters, communications"),
    d("foreign", "Foreign", "#7a7a00", "Foreign states and international organizations"),
  ],
  roles: [
    r("incumbent", "Incumbent", "star", "Holds the highest office at the time"),
    r(
      "patron",
      "Patron / elite",
      "diamond",
      "Member of the elite who commands resources or people",
    ),
    r("mobilizer", "Mobilizer", "pentagon", "Recruits or brings people into action"),
    r(
      "provocateur",
      "Provocateur",
      "vee",
      "Instigates violence to discredit others or destabilize",
    ),
    r("enforcer", "Enforcer", "hexagon", "Uses or withholds coercive force"),
    r("protester", "Protester", "ellipse", "Takes part in protest"),
    r("external-guarantor", "External guarantor", "octagon", "Outside power called in for support"),
    r("official", "Official body", "round-rectangle", "Office, ministry or government body"),
    r("target", "Target", "barrel", "Site or actor attacked"),
    r("observer", "Observer / reporter", "tag", "Reports on or documents events"),
  ],
  tieTypes: [
    t("kinship", "Kinship", false, "#cc79a7", "none", "Family relation"),
    t("office", "Leadership / office", true, "#0072b2", "square", "Holds an office in or leads"),
    t("control", "Control", true, "#d55e00", "triangle", "Controls or commands"),
    t("membership", "Membership", true, "#56b4e9", "circle", "Is a member of or affiliated with"),
    t("mobilization", "Mobilization", true, "#e69f00", "triangle", "Mobilizes or recruits"),
    t("demobilization", "Demobilization", true, "#7f7f7f", "tee", "Stands down or withholds"),
    t("order", "Order", true, "#000000", "vee", "Gives an order to (see whether obeyed)"),
    t("appeal", "Appeal for assistance", true, "#7a7a00", "vee", "Asks for help"),
    t("support", "Support", true, "#009e73", "triangle", "Supports or backs"),
    t("rivalry", "Rivalry", false, "#a6341b", "none", "Competes or works against each other"),
    t(
      "repression",
      "Repression",
      true,
      "#5c3566",
      "tee",
      "Represses, detains or uses force against",
    ),
    t("infiltration", "Infiltration", true, "#b8860b", "diamond", "Infiltrates or usurps"),
    t("targeting", "Targeting", true, "#d00000", "triangle", "Attacks or targets"),
    t("protest-against", "Protest against", true, "#56b4e9", "vee", "Protests against"),
    t("appointment", "Appointment", true, "#0072b2", "vee", "Appoints or dismisses"),
  ],
};

function mergeTerms<T extends { id: string }>(base: T[], own: T[] | undefined): T[] {
  if (!own || own.length === 0) return base.slice();
  const byId = new Map(base.map((term) => [term.id, term] as const));
  for (const term of own) byId.set(term.id, term);
  return [...byId.values()];
}

/** The terms a dataset may use: the default vocabulary extended (or replaced) by the dataset's own. */
export function resolveVocabulary(vocabulary: Vocabulary | undefined): ResolvedVocabulary {
  const base: ResolvedVocabulary =
    vocabulary?.base === "none" ? { domains: [], roles: [], tieTypes: [] } : DEFAULT_VOCABULARY;
  return {
    domains: mergeTerms(base.domains, vocabulary?.domains),
    roles: mergeTerms(base.roles, vocabulary?.roles),
    tieTypes: mergeTerms(base.tieTypes, vocabulary?.tieTypes),
  };
}
