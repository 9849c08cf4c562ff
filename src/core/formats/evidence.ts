/**
 * Evidence in formats other than Tamyr JSON.
 *
 * Graph formats (GEXF, GraphML, cyjs) carry an `evidence` attribute holding
 * JSON: an array of Tamyr evidence items whose `source` is the whole source
 * record rather than its id, so each node or edge is self-contained (GEXF
 * has nowhere else to put sources). Readers accept either a record or an id
 * there; an id that no record in the file describes becomes a placeholder
 * source titled with the id.
 */
import {
  Evidence,
  Source,
  type Evidence as EvidenceRecord,
  type Source as SourceRecord,
} from "../../../schema/index.ts";
import { canonicalOf } from "./canonical.ts";
import { isError, toJson, toText } from "./coerce.ts";
import { isSlug, SlugAllocator } from "./ids.ts";
import type { IssueLog } from "./issue-log.ts";
import type { Place } from "./types.ts";

/** Evidence with each source inlined, in canonical key order. */
export function inlineEvidence(
  evidence: readonly EvidenceRecord[],
  sources: ReadonlyMap<string, SourceRecord>,
): unknown[] {
  return evidence.map((item) => {
    const { source, quote, locator, hedge, note } = item;
    const record = sources.get(source);
    const canonicalSource = record ? canonicalOf(record, Source) : source;
    return { source: canonicalSource, quote, locator, hedge, note };
  });
}

export function inlineEvidenceJson(
  evidence: readonly EvidenceRecord[] | undefined,
  sources: ReadonlyMap<string, SourceRecord>,
): string | undefined {
  return evidence && evidence.length > 0
    ? JSON.stringify(inlineEvidence(evidence, sources))
    : undefined;
}

const OPTIONAL_SOURCE_FIELDS = ["authors", "publisher", "date", "url", "kind", "note"] as const;

/** Collects the sources met while reading evidence, and reads evidence items. */
export class SourceRegistry {
  private readonly records = new Map<string, { record: SourceRecord; json: string }>();
  private readonly referenced = new Map<string, Place>();
  private readonly ids = new SlugAllocator("source");
  /** Sources given without an id, by URL or title, so that repeated mentions share one record. */
  private readonly anonymous = new Map<string, string>();

  constructor(private readonly log: IssueLog) {}

  /** Registers a source record (as found in a file) and returns its id, or undefined if unusable. */
  record(value: Record<string, unknown>, place: Place): string | undefined {
    const title = toText(value.title) ?? toText(value.publisher) ?? toText(value.url);
    const givenId = toText(value.id);
    const rawId = givenId ?? title;
    if (rawId === undefined) {
      this.log.problem(place, "an evidence source has neither an id, a title nor a URL");
      return undefined;
    }
    const anonymousKey =
      givenId === undefined ? `${toText(value.url) ?? ""}\u0000${title}` : undefined;
    const known = anonymousKey !== undefined ? this.anonymous.get(anonymousKey) : undefined;
    if (known !== undefined) return known;
    const id = isSlug(rawId) ? rawId : this.ids.allocate(rawId);
    if (anonymousKey !== undefined) this.anonymous.set(anonymousKey, id);
    this.ids.reserve(id);
    const candidate: Record<string, unknown> = { ...value, id, title: title ?? id };
    for (const key of Object.keys(candidate))
      if (candidate[key] === undefined || candidate[key] === "") delete candidate[key];
    let parsed = Source.safeParse(candidate);
    for (let attempt = 0; !parsed.success && attempt < OPTIONAL_SOURCE_FIELDS.length; attempt++) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path[0];
      if (
        typeof field !== "string" ||
        !(OPTIONAL_SOURCE_FIELDS as readonly string[]).includes(field)
      )
        break;
      this.log.problem(place, `source '${id}': ${field} ${issue.message}; left out`);
      delete candidate[field];
      parsed = Source.safeParse(candidate);
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      this.log.problem(
        place,
        `source '${id}': ${issue.path.join(".") || "record"} ${issue.message}`,
      );
      return undefined;
    }
    const json = JSON.stringify(canonicalOf(parsed.data, Source));
    const existing = this.records.get(id);
    if (!existing) this.records.set(id, { record: parsed.data, json });
    else if (existing.json !== json) {
      this.log.warn(
        "source-conflict",
        place,
        `source '${id}' is described differently in several places; the first description is kept`,
      );
    }
    return id;
  }

  /** Reads an evidence value: JSON text or an array of items with a source record or id. */
  evidence(value: unknown, place: Place): EvidenceRecord[] {
    const parsed = toJson(value);
    if (parsed === undefined) return [];
    if (isError(parsed) || !Array.isArray(parsed)) {
      this.log.problem(place, "evidence must be a JSON array of evidence items");
      return [];
    }
    const out: EvidenceRecord[] = [];
    parsed.forEach((item: unknown, i) => {
      const at = { ...place, ...(place.path !== undefined ? { path: `${place.path}[${i}]` } : {}) };
      if (item === null || typeof item !== "object") {
        this.log.problem(at, `evidence item ${i + 1} is not an object`);
        return;
      }
      const raw = item as Record<string, unknown>;
      let sourceId: string | undefined;
      if (raw.source !== null && typeof raw.source === "object") {
        sourceId = this.record(raw.source as Record<string, unknown>, at);
      } else {
        const ref = toText(raw.source);
        if (ref === undefined) this.log.problem(at, `evidence item ${i + 1} has no source`);
        else sourceId = this.reference(ref, at);
      }
      if (sourceId === undefined) return;
      const candidate = { ...raw, source: sourceId };
      const result = Evidence.safeParse(candidate);
      if (result.success) out.push(result.data);
      else {
        const issue = result.error.issues[0]!;
        this.log.problem(
          at,
          `evidence item ${i + 1}: ${issue.path.join(".") || "item"} ${issue.message}`,
        );
      }
    });
    return out;
  }

  /** A source cited by id; the id must be a slug. */
  reference(id: string, place: Place): string | undefined {
    if (!isSlug(id)) {
      this.log.problem(place, `evidence cites source '${id}', which is not a valid id`);
      return undefined;
    }
    if (!this.referenced.has(id)) this.referenced.set(id, place);
    return id;
  }

  /** All sources: the records read, plus a placeholder for each id cited without a record. */
  finish(): SourceRecord[] {
    const out = [...this.records.values()].map((r) => r.record);
    for (const [id, place] of this.referenced) {
      if (this.records.has(id)) continue;
      this.log.warn(
        "placeholder-source",
        place,
        `source '${id}' is cited but not described in the file; a placeholder source titled '${id}' was added`,
        "sources cited without a description got placeholders",
      );
      out.push({ id, title: id });
    }
    return out;
  }
}
