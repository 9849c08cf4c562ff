/** The records a dataset holds: sources, evidence, actors, ties and events. */
import { z } from "zod";
import { Certainty } from "./certainty.ts";
import { IsoDate, Period } from "./dates.ts";
import { nonBlank } from "./text.ts";
import { Slug } from "./vocabulary.ts";

const MAX_TEXT = 20_000;
const Text = z.string().max(MAX_TEXT);
const Name = nonBlank(500);

/** Only http(s) links are allowed: no javascript:, data:, file: or other schemes. */
export const HttpUrl = z
  .string()
  .max(2000)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === "http:" || u.protocol === "https:";
      } catch {
        return false;
      }
    },
    { message: "must be an http:// or https:// URL" },
  )
  // for editors using the JSON Schema, which cannot run the check above
  .meta({ pattern: "^[Hh][Tt][Tt][Pp][Ss]?://" });

export const SOURCE_KINDS = [
  "policy-memo",
  "article",
  "report",
  "book",
  "official-statement",
  "video",
  "social-media",
  "dataset",
  "interview",
  "other",
] as const;

export const Source = z
  .strictObject({
    id: Slug,
    title: Name,
    authors: z.array(Name).optional(),
    publisher: z.string().max(500).optional(),
    date: IsoDate.optional(),
    url: HttpUrl.optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
    note: Text.optional(),
  })
  .describe("A document that evidence is quoted from");

export const Evidence = z
  .strictObject({
    source: Slug.describe("Id of a source in this dataset"),
    quote: z.string().min(1).max(MAX_TEXT).optional().describe("Verbatim words from the source"),
    locator: z
      .string()
      .max(500)
      .optional()
      .describe("Where in the source: page, section, paragraph"),
    hedge: z
      .string()
      .max(500)
      .optional()
      .describe("The source's own qualifying phrase, e.g. 'preliminary evidence points to'"),
    note: Text.optional().describe("The curator's remark on this evidence"),
  })
  .describe("One piece of evidence: a source, what it says, and how it hedges");

export const Alias = z
  .strictObject({
    name: Name,
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
        message: "must be a language tag like ru or kk",
      })
      .optional(),
    transliteration: z
      .boolean()
      .optional()
      .describe(
        "True when the alias renders the name in another script (not quoted from a source)",
      ),
    note: z.string().max(500).optional(),
  })
  .describe("Another spelling, script or translation of a name");

export const ACTOR_KINDS = [
  "person",
  "family",
  "organization",
  "group",
  "institution",
  "state",
  "international-organization",
  "crowd",
  "facility",
] as const;

export const Size = z
  .strictObject({
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().nonnegative().optional(),
    text: z.string().max(200).optional().describe("The source's wording, e.g. 'about 500'"),
  })
  .refine((s) => s.min !== undefined || s.max !== undefined || s.text !== undefined, {
    message: "a size needs min, max or text",
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
    message: "size min must not exceed max",
    path: ["max"],
  })
  .describe("How many people an actor counts (for groups and crowds)");

const Attributes = z
  .record(z.string().max(200), z.union([z.string().max(MAX_TEXT), z.number(), z.boolean()]))
  .describe("Attributes Tamyr's schema does not know, kept from imports");

export const Actor = z
  .strictObject({
    id: Slug,
    name: Name,
    aliases: z.array(Alias).optional(),
    kind: z.enum(ACTOR_KINDS),
    domains: z.array(Slug).min(1, { message: "an actor needs at least one domain" }),
    roles: z.array(Slug).min(1, { message: "an actor needs at least one role" }),
    description: Text.optional(),
    period: Period.optional(),
    size: Size.optional(),
    evidence: z.array(Evidence).optional(),
    attributes: Attributes.optional(),
  })
  .describe("A person, organization, group, institution, crowd or place in the network");

export const Tie = z
  .strictObject({
    id: Slug,
    source: Slug.describe("Actor id the tie starts from"),
    target: Slug.describe("Actor id the tie points to"),
    type: Slug.describe("A tie type id from the vocabulary"),
    directed: z
      .boolean()
      .optional()
      .describe("Overrides the tie type's direction; defaults to the tie type's"),
    label: z
      .string()
      .max(500)
      .optional()
      .describe("e.g. 'younger brother', 'first deputy chairman'"),
    certainty: Certainty,
    period: Period.optional(),
    obeyed: z.boolean().optional().describe("For orders: whether the order was obeyed"),
    evidence: z.array(Evidence).optional(),
    note: Text.optional(),
    attributes: Attributes.optional(),
  })
  .describe("A relation between two actors, with its evidence and certainty");

export const Participant = z.strictObject({
  actor: Slug.describe("Actor id"),
  role: z.string().max(200).optional().describe("What the actor did in the event"),
});

export const Event = z
  .strictObject({
    id: Slug,
    title: Name,
    date: IsoDate.optional(),
    period: Period.optional(),
    place: z.string().max(500).optional(),
    description: Text.optional(),
    certainty: Certainty.optional(),
    participants: z.array(Participant).optional(),
    evidence: z.array(Evidence).optional(),
  })
  .refine(
    (e) => e.date !== undefined || e.period?.start !== undefined || e.period?.end !== undefined,
    {
      message: "an event needs a date or a period with a start or an end",
      path: ["date"],
    },
  )
  .describe("Something that happened at a date or over a period");

export type Source = z.infer<typeof Source>;
export type Evidence = z.infer<typeof Evidence>;
export type Alias = z.infer<typeof Alias>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Actor = z.infer<typeof Actor>;
export type Tie = z.infer<typeof Tie>;
export type TamyrEvent = z.infer<typeof Event>;
export type Participant = z.infer<typeof Participant>;
