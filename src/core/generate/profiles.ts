/**
 * What actors and ties of each domain tend to be: weights for kinds, roles
 * and tie types, over the default vocabulary (schema/vocabulary.ts).
 */
import type { ActorKind, Certainty } from "../../../schema/index.ts";

export type Weights<T extends string = string> = readonly (readonly [T, number])[];

const w = <T extends string>(table: Partial<Record<T, number>>): Weights<T> =>
  Object.entries(table) as unknown as Weights<T>;

export const DOMAIN_WEIGHTS = w({
  state: 18,
  "civil-society": 15,
  markets: 14,
  security: 12,
  family: 9,
  media: 9,
  crime: 8,
  religious: 8,
  foreign: 7,
});

export interface DomainProfile {
  kinds: Weights<ActorKind>;
  roles: Weights;
  /** Tie types for ties inside a community of this domain. */
  ties: Weights;
}

export const PROFILES: Record<string, DomainProfile> = {
  state: {
    kinds: w({ person: 60, institution: 30, organization: 6, facility: 4 }),
    roles: w({ official: 45, patron: 35, incumbent: 2, enforcer: 8, target: 5, observer: 5 }),
    ties: w({ office: 25, appointment: 15, control: 15, order: 12, support: 15, rivalry: 10 }),
  },
  family: {
    kinds: w({ person: 85, family: 15 }),
    roles: w({ patron: 70, mobilizer: 15, official: 10, target: 5 }),
    ties: w({ kinship: 55, support: 20, control: 10, rivalry: 10, office: 5 }),
  },
  security: {
    kinds: w({ person: 55, institution: 30, group: 10, facility: 5 }),
    roles: w({ enforcer: 60, official: 25, provocateur: 8, target: 7 }),
    ties: w({ order: 30, control: 25, repression: 15, office: 15, demobilization: 10, rivalry: 5 }),
  },
  markets: {
    kinds: w({ person: 55, organization: 40, facility: 5 }),
    roles: w({ patron: 55, mobilizer: 20, target: 15, observer: 10 }),
    ties: w({ support: 30, membership: 25, office: 20, rivalry: 15, control: 10 }),
  },
  crime: {
    kinds: w({ person: 65, group: 30, organization: 5 }),
    roles: w({ provocateur: 40, enforcer: 30, mobilizer: 20, patron: 10 }),
    ties: w({
      membership: 25,
      control: 20,
      infiltration: 15,
      targeting: 15,
      rivalry: 15,
      order: 10,
    }),
  },
  religious: {
    kinds: w({ person: 60, group: 25, organization: 15 }),
    roles: w({ mobilizer: 45, patron: 25, protester: 20, target: 10 }),
    ties: w({ membership: 35, mobilization: 25, support: 25, rivalry: 15 }),
  },
  "civil-society": {
    kinds: w({ person: 55, group: 20, crowd: 15, organization: 10 }),
    roles: w({ protester: 50, mobilizer: 30, target: 10, observer: 10 }),
    ties: w({ mobilization: 30, membership: 20, "protest-against": 25, support: 15, appeal: 10 }),
  },
  media: {
    kinds: w({ person: 60, organization: 35, facility: 5 }),
    roles: w({ observer: 70, mobilizer: 15, target: 15 }),
    ties: w({ membership: 35, support: 30, rivalry: 20, office: 15 }),
  },
  foreign: {
    kinds: w({ state: 25, "international-organization": 25, person: 40, organization: 10 }),
    roles: w({ "external-guarantor": 55, observer: 35, official: 10 }),
    ties: w({ support: 35, appeal: 25, membership: 20, rivalry: 20 }),
  },
};

/** Tie types for ties between communities. */
export const BRIDGE_TIES = w({
  support: 25,
  rivalry: 15,
  appeal: 10,
  repression: 12,
  targeting: 8,
  "protest-against": 10,
  infiltration: 8,
  control: 7,
  kinship: 5,
});

export const CERTAINTY_WEIGHTS = w<Certainty>({
  established: 34,
  reported: 40,
  alleged: 15,
  claimed: 7,
  disputed: 4,
});

/**
 * Directed types in which the earlier, better-connected actor acts on the
 * newcomer (a patron controls, appoints, orders); in the others the newcomer
 * acts (joins, appeals, protests).
 */
export const OLDER_ACTS = new Set([
  "office",
  "control",
  "order",
  "appointment",
  "mobilization",
  "repression",
  "support",
  "demobilization",
]);

/** How a quote states a tie of each type: third-person present, and base form. */
export const VERBS: Record<string, [string, string]> = {
  kinship: ["is related to", "be related to"],
  office: ["heads", "head"],
  control: ["controls", "control"],
  membership: ["is a member of", "be a member of"],
  mobilization: ["mobilized supporters of", "have mobilized supporters of"],
  demobilization: ["stood down", "have stood down"],
  order: ["gave orders to", "have given orders to"],
  appeal: ["appealed for help to", "have appealed for help to"],
  support: ["backs", "back"],
  rivalry: ["competes with", "compete with"],
  repression: ["detained members of", "have detained members of"],
  infiltration: ["infiltrated", "have infiltrated"],
  targeting: ["attacked", "have attacked"],
  "protest-against": ["protested against", "have protested against"],
  appointment: ["appointed", "have appointed"],
};

export const TIE_LABELS: Record<string, readonly string[]> = {
  kinship: ["brother", "sister", "son", "daughter", "nephew", "cousin", "son-in-law", "uncle"],
  office: ["chairman", "deputy head", "director", "first deputy chairman", "founder"],
};
