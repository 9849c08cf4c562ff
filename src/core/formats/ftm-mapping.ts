/**
 * The FollowTheMoney mapping (docs/formats.md, "FollowTheMoney"), shared by
 * the FtM writer and reader.
 */
import type { ActorKind } from "../../../schema/index.ts";

/** Tamyr actor kind → FtM schema. FtM has no entity for clans, crowds or states. */
export const FTM_SCHEMA_OF_KIND: Record<ActorKind, string> = {
  person: "Person",
  family: "Organization",
  organization: "Organization",
  group: "Organization",
  institution: "PublicBody",
  state: "PublicBody",
  "international-organization": "Organization",
  crowd: "Organization",
  facility: "RealEstate",
};

/** FtM schema → Tamyr kind, for imports without Tamyr keywords. */
export const KIND_OF_FTM_SCHEMA: Record<string, ActorKind> = {
  Person: "person",
  Organization: "organization",
  Company: "organization",
  PublicBody: "institution",
  LegalEntity: "group",
  RealEstate: "facility",
};

/** FtM topics set from Tamyr domains, roles and kinds. */
export const TOPIC_OF_DOMAIN: Record<string, string> = {
  security: "gov.security",
  crime: "crime",
  religious: "rel",
};
export const TOPIC_OF_ROLE: Record<string, string> = { incumbent: "gov.head" };
export const TOPIC_OF_KIND: Partial<Record<ActorKind, string>> = {
  "international-organization": "gov.igo",
};

export interface LinkSchema {
  /** Property holding the tie's source and target entity. */
  from: string;
  to: string;
  /** Property holding the tie's label. */
  label: string;
  /** Tamyr tie type of this schema, when imported without Tamyr markers. */
  type: string;
  directed: boolean;
}

export const LINK_SCHEMAS: Record<string, LinkSchema> = {
  Family: {
    from: "person",
    to: "relative",
    label: "relationship",
    type: "kinship",
    directed: false,
  },
  Associate: {
    from: "person",
    to: "associate",
    label: "relationship",
    type: "associate",
    directed: false,
  },
  Membership: {
    from: "member",
    to: "organization",
    label: "role",
    type: "membership",
    directed: true,
  },
  Directorship: {
    from: "director",
    to: "organization",
    label: "role",
    type: "office",
    directed: true,
  },
  Employment: { from: "employee", to: "employer", label: "role", type: "office", directed: true },
  Ownership: { from: "owner", to: "asset", label: "role", type: "ownership", directed: true },
  Representation: {
    from: "agent",
    to: "client",
    label: "role",
    type: "representation",
    directed: true,
  },
  UnknownLink: { from: "subject", to: "object", label: "role", type: "link", directed: false },
};

/** Entity id prefixes used by the writer and stripped by the reader. */
export const ACTOR_PREFIX = "actor-";
export const TIE_PREFIX = "tie-";
export const EVENT_PREFIX = "event-";

/** Keywords and summaries carry what FtM has no property for, as `tamyr:key=value`. */
export const MARKER = "tamyr:";

/** Whether a country text means Kazakhstan. */
export function isKazakhstan(country: string | undefined): boolean {
  return (
    !!country &&
    /^(kz|kaz|kazakhstan|kazakstan|qazaqstan|казахстан|қазақстан)$/i.test(country.trim())
  );
}
