/** Synthetic actors: domain, kind, role and name follow the actor's community. */
import { DEFAULT_VOCABULARY, type Actor, type Alias } from "../../../schema/index.ts";
import { actorPeriod } from "./dates.ts";
import { actorEvidence } from "./evidence.ts";
import { actorName, slugOf } from "./names.ts";
import { DOMAIN_WEIGHTS, PROFILES, type DomainProfile } from "./profiles.ts";
import type { Rng } from "./random.ts";

/** Share of actors whose (first) domain is their community's domain. */
export const IN_DOMAIN_SHARE = 0.88;

const DOMAIN_LABELS = new Map(DEFAULT_VOCABULARY.domains.map((d) => [d.id, d.label] as const));

export interface Community {
  domain: string;
  /** Day number around which its ties are dated. */
  centre: number;
}

export interface ActorContext {
  rng: Rng;
  community: Community;
  communityIndex: number;
  /** Picks a source id for evidence about this community. */
  source(community: number): string;
}

function otherDomain(rng: Rng, not: string): string {
  return rng.weighted(DOMAIN_WEIGHTS.filter(([id]) => id !== not));
}

/** A Latin spelling variant, as sources write the same name differently. */
function variantSpelling(name: string): string {
  return name
    .replace(/kh/g, "h")
    .replace(/zh/g, "j")
    .replace(/y(?=[aeiou])/g, "i");
}

export function makeActor(ctx: ActorContext, index: number): Actor {
  const { rng, community } = ctx;
  const domain = rng.chance(IN_DOMAIN_SHARE)
    ? community.domain
    : otherDomain(rng, community.domain);
  const domains = rng.chance(0.08) ? [domain, otherDomain(rng, domain)] : [domain];
  const profile = PROFILES[domain] as DomainProfile;
  const kind = rng.weighted(profile.kinds);
  const role = rng.weighted(profile.roles);
  const roles = rng.chance(0.08)
    ? [role, rng.weighted(profile.roles.filter(([r]) => r !== role))]
    : [role];
  const { name, cyrillic } = actorName(rng, kind);
  const aliases: Alias[] = [
    kind === "person"
      ? { name: cyrillic, lang: "ru", transliteration: true }
      : { name: cyrillic, lang: "ru" },
  ];
  const variant = variantSpelling(name);
  if (kind === "person" && variant !== name && rng.chance(0.3)) aliases.push({ name: variant });
  const actor: Actor = {
    id: `${slugOf(name)}-${index.toString(36)}`,
    name,
    aliases,
    kind,
    domains,
    roles,
  };
  const period = actorPeriod(rng, community.centre);
  if (period) actor.period = period;
  if (kind === "group" || kind === "crowd") {
    const min = 10 * rng.between(2, 200);
    actor.size = { min, max: min * 2, text: `about ${Math.round(min * 1.5)}` };
  }
  const label = DOMAIN_LABELS.get(domain) ?? domain;
  const evidence = [actorEvidence(rng, ctx.source(ctx.communityIndex), name, role, label)];
  if (rng.chance(0.2))
    evidence.push(actorEvidence(rng, ctx.source(ctx.communityIndex), name, role, label));
  actor.evidence = evidence;
  actor.attributes = { community: ctx.communityIndex + 1 };
  return actor;
}
