/** Synthetic sources and the evidence items that quote them, worded by certainty. */
import type { Certainty, Evidence, Source } from "../../../schema/index.ts";
import { CASE_END, CASE_FIRST_YEAR, CASE_START, isoAt } from "./dates.ts";
import { personName, placeName, slugOf } from "./names.ts";
import type { Rng } from "./random.ts";

type SourceKind = NonNullable<Source["kind"]>;

const TITLES: Record<SourceKind, (place: string, person: string) => string> = {
  article: (place) => `Unrest and patronage in ${place}`,
  report: (place) => `Report on the ${place} events`,
  "official-statement": (place) => `Statement of the ${place} akimat`,
  interview: (_place, person) => `Interview with ${person}`,
  book: (place) => `Networks of power in ${place}`,
  "social-media": (_place, person) => `Post by @${slugOf(person).replace(/-/g, "_")}`,
  video: (place) => `Footage from ${place}`,
  "policy-memo": (place) => `Policy memo: ${place} after ${CASE_FIRST_YEAR}`,
  dataset: (place) => `${place} events dataset`,
  other: (place) => `Notes on ${place}`,
};

const KIND_WEIGHTS: [SourceKind, number][] = [
  ["article", 35],
  ["report", 15],
  ["official-statement", 12],
  ["interview", 10],
  ["social-media", 10],
  ["book", 5],
  ["video", 5],
  ["policy-memo", 5],
  ["dataset", 3],
];

export function makeSource(rng: Rng, index: number, seed: number): Source {
  const kind = rng.weighted(KIND_WEIGHTS);
  const place = placeName(rng);
  const person = personName(rng);
  const id = `src-${index + 1}`;
  const source: Source = { id, title: TITLES[kind](place, person), kind };
  if (rng.chance(0.6)) source.authors = rng.chance(0.3) ? [person, personName(rng)] : [person];
  if (rng.chance(0.7))
    source.publisher = `${placeName(rng)} ${rng.pick(["Times", "Review", "Herald", "Institute"])}`;
  source.date = isoAt(CASE_START + rng.int(CASE_END - CASE_START + 1), "day");
  source.url = `https://example.org/tamyr-synthetic/${seed}/${id}`;
  return source;
}

const ROLE_NOUNS: Record<string, string> = {
  incumbent: "the incumbent",
  patron: "a patron",
  mobilizer: "a mobilizer",
  provocateur: "a provocateur",
  enforcer: "an enforcer",
  protester: "a protester",
  "external-guarantor": "an external guarantor",
  official: "an official",
  target: "a target of attacks",
  observer: "an observer",
};

function locator(rng: Rng): string {
  return rng.chance(0.6) ? `p. ${1 + rng.int(240)}` : `para. ${1 + rng.int(60)}`;
}

export function actorEvidence(
  rng: Rng,
  source: string,
  name: string,
  role: string,
  domainLabel: string,
): Evidence {
  const quote = `${name} is ${ROLE_NOUNS[role] ?? "an actor"} in the ${domainLabel.toLowerCase()} sphere.`;
  return { source, quote, locator: locator(rng) };
}

const HEDGES = ["is believed to", "is suspected to", "is said to"];

/** An evidence item for a tie, its wording and hedge following the certainty. */
export function tieEvidence(
  rng: Rng,
  source: string,
  certainty: Certainty,
  from: string,
  verb: [string, string],
  to: string,
): Evidence {
  const [present, base] = verb;
  const item: Evidence = { source, quote: "", locator: locator(rng) };
  if (certainty === "established") {
    item.quote = `${from} ${present} ${to}.`;
  } else if (certainty === "reported") {
    const lead = rng.pick([
      "According to officials,",
      "Witnesses said",
      "Local media reported that",
    ]);
    item.quote = `${lead} ${from} ${present} ${to}.`;
  } else if (certainty === "alleged") {
    const hedge = rng.pick(HEDGES);
    item.quote = `${from} ${hedge} ${base} ${to}.`;
    item.hedge = hedge;
  } else if (certainty === "claimed") {
    item.quote = `A spokesman for ${from} claimed that ${from} ${present} ${to}.`;
    item.hedge = "claimed";
  } else {
    item.quote = `Claims that ${from} ${present} ${to} were denied.`;
    item.hedge = "were denied";
  }
  return item;
}

export function eventEvidence(rng: Rng, source: string, title: string, names: string[]): Evidence {
  const what = (title[0] ?? "").toLowerCase() + title.slice(1);
  const who = names.length > 2 ? `${names.slice(0, 2).join(", ")} and others` : names.join(" and ");
  const quote = who ? `${who} took part in the ${what}.` : `The ${what} went ahead.`;
  return { source, quote, locator: locator(rng) };
}
