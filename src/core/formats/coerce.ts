/**
 * Reading raw values from other formats as Tamyr values. Each function
 * returns undefined for "absent" and a CoerceError for a value that is
 * present but cannot be read, so the caller can report it with its place.
 */
import {
  ACTOR_KINDS,
  CERTAINTY_INFO,
  CERTAINTY_LEVELS,
  parseDateSpan,
  type ActorKind,
  type Certainty,
} from "../../../schema/index.ts";
import { slugify } from "./ids.ts";

/** A value that is present but cannot be read. */
export class CoerceError {
  constructor(readonly error: string) {}
}

export type Coerced<T> = T | undefined | CoerceError;

export function isError<T>(value: Coerced<T>): value is CoerceError {
  return value instanceof CoerceError;
}

const fail = (message: string) => new CoerceError(message);

/** Text of a scalar; absent for null, undefined and blank strings. Arrays and objects become JSON. */
export function toText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * A list from an array or from text separated by `|`; with `separators`
 * (for ids such as domains and roles), also by `;` or `,`.
 */
export function toList(value: unknown, separators: boolean): string[] {
  if (Array.isArray(value)) return value.map((v) => toText(v)).filter((v): v is string => !!v);
  const text = toText(value);
  if (text === undefined) return [];
  const parts = separators ? text.split(/[|;,]/) : text.split("|");
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

export function toBoolean(value: unknown): Coerced<boolean> {
  if (typeof value === "boolean") return value;
  if (typeof value === "number")
    return value === 1 ? true : value === 0 ? false : fail(`'${value}' is not true or false`);
  const text = toText(value);
  if (text === undefined) return undefined;
  const lower = text.trim().toLowerCase();
  if (["true", "yes", "1", "y"].includes(lower)) return true;
  if (["false", "no", "0", "n"].includes(lower)) return false;
  return fail(`'${text}' is not true or false`);
}

export function toCount(value: unknown): Coerced<number> {
  const text = toText(value);
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : fail(`'${text}' is not a whole number`);
}

/**
 * An ISO date of year, month or day precision. Date-times keep their date;
 * a bare year number is accepted. Anything else is an error.
 */
export function toDate(value: unknown): Coerced<string> {
  const text = toText(value)?.trim();
  if (text === undefined) return undefined;
  const datePart = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text)?.[1] ?? text;
  if (parseDateSpan(datePart)) return datePart;
  return fail(`'${text}' is not a date like 2022, 2022-01 or 2022-01-05`);
}

const KIND_SYNONYMS: Record<string, ActorKind> = {
  individual: "person",
  people: "person",
  human: "person",
  clan: "family",
  organisation: "organization",
  org: "organization",
  company: "organization",
  business: "organization",
  ngo: "organization",
  party: "organization",
  movement: "group",
  agency: "institution",
  ministry: "institution",
  "public-body": "institution",
  publicbody: "institution",
  country: "state",
  igo: "international-organization",
  "international-organisation": "international-organization",
  site: "facility",
  building: "facility",
  place: "facility",
};

export function toKind(value: unknown): Coerced<ActorKind> {
  const text = toText(value);
  if (text === undefined) return undefined;
  const slug = slugify(text);
  if ((ACTOR_KINDS as readonly string[]).includes(slug)) return slug as ActorKind;
  const synonym = KIND_SYNONYMS[slug];
  if (synonym) return synonym;
  return fail(`'${text}' is not an actor kind (${ACTOR_KINDS.join(", ")})`);
}

/** A certainty level by id or label, or by Admiralty credibility grade 1–5. */
export function toCertainty(value: unknown): Coerced<Certainty> {
  const text = toText(value);
  if (text === undefined) return undefined;
  const slug = slugify(text);
  if ((CERTAINTY_LEVELS as readonly string[]).includes(slug)) return slug as Certainty;
  for (const info of Object.values(CERTAINTY_INFO)) {
    if (slugify(info.label) === slug || String(info.admiralty) === slug) return info.id;
  }
  return fail(`'${text}' is not a certainty level (${CERTAINTY_LEVELS.join(", ")})`);
}

/** Parses JSON text (or passes through an already-parsed value). */
export function toJson(value: unknown): Coerced<unknown> {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== "string") return value;
  if (value.trim() === "") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return fail("is not valid JSON");
  }
}

/** A value allowed in a record's `attributes` map: text, number or boolean. */
export function toAttributeValue(value: unknown): string | number | boolean | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean") return value;
  return toText(value);
}
