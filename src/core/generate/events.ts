/** Synthetic events: dated happenings whose participants come from one community. */
import type { Actor, Participant, TamyrEvent } from "../../../schema/index.ts";
import type { Community } from "./actors.ts";
import { dayNear, isoAt } from "./dates.ts";
import { eventEvidence } from "./evidence.ts";
import { placeName } from "./names.ts";
import { CERTAINTY_WEIGHTS } from "./profiles.ts";
import type { Rng } from "./random.ts";

const EVENT_KINDS = ["Protest", "Meeting", "Clashes", "Rally", "Arrests", "Negotiations", "Strike"];
const PARTICIPANT_ROLES = ["organizer", "participant", "speaker", "target", "witness"];

export interface EventContext {
  rng: Rng;
  actors: readonly Actor[];
  communities: readonly Community[];
  /** Actor indices of each community, one entry per tie end: a pick favours hubs. */
  endpoints: readonly (readonly number[])[];
  source(community: number): string;
}

export function makeEvent(ctx: EventContext, c: number, index: number): TamyrEvent {
  const { rng } = ctx;
  const community = ctx.communities[c] as Community;
  const place = placeName(rng);
  const title = `${rng.pick(EVENT_KINDS)} in ${place}`;
  const event: TamyrEvent = { id: `ev-${index + 1}`, title };
  const day = dayNear(rng, community.centre, 1);
  if (rng.chance(0.85)) event.date = isoAt(day, "day");
  else event.period = { start: isoAt(day, "day"), end: isoAt(day + rng.between(1, 20), "day") };
  event.place = place;
  event.certainty = rng.weighted(CERTAINTY_WEIGHTS);
  const pool = ctx.endpoints[c] ?? [];
  const chosen = new Set<number>();
  const wanted = rng.between(2, 8);
  for (
    let attempt = 0;
    attempt < wanted * 3 && chosen.size < wanted && pool.length > 0;
    attempt++
  ) {
    chosen.add(rng.pick(pool));
  }
  const participants: Participant[] = [...chosen].map((i) => {
    const p: Participant = { actor: (ctx.actors[i] as Actor).id };
    if (rng.chance(0.7)) p.role = rng.pick(PARTICIPANT_ROLES);
    return p;
  });
  event.participants = participants;
  const names = [...chosen].map((i) => (ctx.actors[i] as Actor).name);
  event.evidence = [eventEvidence(rng, ctx.source(c), title, names)];
  return event;
}
