/**
 * Synthetic names: Latin names built from syllables, and their Cyrillic
 * renderings. The transliteration is the inverse of the search fold
 * (src/core/search/fold.ts), so a Cyrillic alias finds the Latin name.
 */
import type { ActorKind } from "../../../schema/index.ts";
import type { Rng } from "./random.ts";

const words = (text: string) => text.trim().split(/\s+/);

const SYLLABLES = words(`
  as lan nur bek ar man da mir sul tan ay gul zha na ra sa ke ri dar khan ti mur ba ur yer ka
  nat er zhan bo lat ma rat il ya ta ir ash se rik to ley du ken sha yu ok tal kha li ze chi go
  mi vo pe`);
const FAMILY_SUFFIXES = words("ov ev bekov baev uly enko in ova kyzy shin");
const PLACE_SUFFIXES = words("abad kent tau sk grad kol su tobe");

/** Latin digraphs first, then single letters. */
const TO_CYRILLIC = words(`
  shch:щ tsh:тш sh:ш ch:ч zh:ж kh:х ts:ц ya:я yu:ю ye:е a:а b:б v:в g:г d:д e:е z:з i:и k:к l:л
  m:м n:н o:о p:п r:р s:с t:т u:у f:ф h:х`).map((pair) => pair.split(":") as [string, string]);
const VOWELS = "aeiouy";

function transliterateWord(word: string): string {
  const lower = word.toLowerCase();
  let out = "";
  let i = 0;
  while (i < lower.length) {
    const rest = lower.slice(i);
    const pair = TO_CYRILLIC.find(([latin]) => rest.startsWith(latin));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else if (rest[0] === "y") {
      // a lone y: "й" after a vowel, "ы" elsewhere
      out += i > 0 && VOWELS.includes(lower[i - 1] ?? "") ? "й" : "ы";
      i += 1;
    } else {
      out += rest[0];
      i += 1;
    }
  }
  return word[0] && word[0] !== lower[0] ? (out[0] ?? "").toUpperCase() + out.slice(1) : out;
}

/** Renders a Latin name in Cyrillic, keeping capitals and spaces. */
export function toCyrillic(text: string): string {
  return text.replace(/[A-Za-z]+/g, transliterateWord);
}

const capitalize = (s: string) => (s[0] ?? "").toUpperCase() + s.slice(1);

function stem(rng: Rng): string {
  let s = rng.pick(SYLLABLES) + rng.pick(SYLLABLES);
  if (rng.chance(0.3)) s += rng.pick(SYLLABLES);
  return capitalize(s);
}

export const givenName = (rng: Rng) => stem(rng);
export const familyName = (rng: Rng) => stem(rng) + rng.pick(FAMILY_SUFFIXES);
export const placeName = (rng: Rng) => stem(rng) + rng.pick(PLACE_SUFFIXES);
export const personName = (rng: Rng) => `${givenName(rng)} ${familyName(rng)}`;

/** Generic words by actor kind, in English and Russian. */
const GENERIC: Record<Exclude<ActorKind, "person">, [string, string][]> = {
  family: [["family", "семья"]],
  organization: [
    ["Holding", "холдинг"],
    ["Trading House", "торговый дом"],
    ["Group", "группа"],
    ["Foundation", "фонд"],
    ["Bank", "банк"],
    ["Media", "медиа"],
    ["Party", "партия"],
  ],
  group: [
    ["Brigade", "бригада"],
    ["Movement", "движение"],
    ["Circle", "кружок"],
    ["Gang", "банда"],
  ],
  institution: [
    ["Committee", "комитет"],
    ["Agency", "агентство"],
    ["Directorate", "управление"],
    ["Court", "суд"],
    ["Ministry", "министерство"],
    ["Akimat", "акимат"],
  ],
  state: [["Republic", "республика"]],
  "international-organization": [
    ["Union", "союз"],
    ["Council", "совет"],
    ["Mission", "миссия"],
  ],
  crowd: [["Square crowd", "толпа на площади"]],
  facility: [
    ["Airport", "аэропорт"],
    ["TV Centre", "телецентр"],
    ["Barracks", "казармы"],
  ],
};

export interface ActorName {
  name: string;
  cyrillic: string;
}

/** A name for an actor of this kind, with its Cyrillic rendering. */
export function actorName(rng: Rng, kind: ActorKind): ActorName {
  if (kind === "person") {
    const name = personName(rng);
    return { name, cyrillic: toCyrillic(name) };
  }
  const [en, ru] = rng.pick(GENERIC[kind]);
  const base = kind === "family" ? familyName(rng) : kind === "crowd" ? placeName(rng) : stem(rng);
  if (kind === "family")
    return { name: `${base} ${en}`, cyrillic: `${capitalize(ru)} ${toCyrillic(base)}` };
  return { name: `${base} ${en}`, cyrillic: `${capitalize(ru)} «${toCyrillic(base)}»` };
}

/** A slug of a Latin name: lower-case words joined by hyphens. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
