/** Synthetic ties: type by community domain, direction by the type, dated, with evidence. */
import { DEFAULT_VOCABULARY, type Actor, type Evidence, type Tie } from "../../../schema/index.ts";
import { tiePeriod } from "./dates.ts";
import { tieEvidence } from "./evidence.ts";
import {
  BRIDGE_TIES,
  CERTAINTY_WEIGHTS,
  OLDER_ACTS,
  PROFILES,
  TIE_LABELS,
  VERBS,
  type DomainProfile,
} from "./profiles.ts";
import type { Rng } from "./random.ts";
import type { Community } from "./actors.ts";
import type { Pair } from "./topology.ts";

const DIRECTED = new Map(DEFAULT_VOCABULARY.tieTypes.map((t) => [t.id, t.directed] as const));

export interface TieContext {
  rng: Rng;
  actors: readonly Actor[];
  communityOf(actor: number): number;
  communities: readonly Community[];
  source(community: number): string;
}

export function makeTie(ctx: TieContext, pair: Pair, index: number): Tie {
  const { rng } = ctx;
  const c = ctx.communityOf(pair.newer);
  const community = ctx.communities[c] as Community;
  const type = pair.inside
    ? rng.weighted((PROFILES[community.domain] as DomainProfile).ties)
    : rng.weighted(BRIDGE_TIES);
  // the type's own direction is kept (no per-tie override); for directed
  // types the better-connected earlier actor acts in some, the newcomer in others
  const olderActs = DIRECTED.get(type) === true && OLDER_ACTS.has(type);
  const from = ctx.actors[olderActs ? pair.older : pair.newer] as Actor;
  const to = ctx.actors[olderActs ? pair.newer : pair.older] as Actor;
  const certainty = rng.weighted(CERTAINTY_WEIGHTS);
  const tie: Tie = { id: `t${index + 1}`, source: from.id, target: to.id, type, certainty };
  const labels = TIE_LABELS[type];
  if (labels && rng.chance(0.6)) tie.label = rng.pick(labels);
  const period = tiePeriod(rng, community.centre);
  if (period) tie.period = period;
  if (type === "order" && rng.chance(0.7)) tie.obeyed = rng.chance(0.75);
  const verb = VERBS[type] ?? ["is tied to", "be tied to"];
  const count = rng.weighted([
    [1, 75],
    [2, 22],
    [3, 3],
  ] as const);
  const evidence: Evidence[] = [];
  for (let i = 0; i < count; i++) {
    evidence.push(tieEvidence(rng, ctx.source(c), certainty, from.name, verb, to.name));
  }
  tie.evidence = evidence;
  return tie;
}
