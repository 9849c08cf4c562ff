/**
 * Raw edges → ties. Defaults (docs/formats.md, "Import defaults"):
 * - type: `unclassified` when the file gives none; unknown types are added
 *   to the vocabulary with the direction of their first tie;
 * - direction: what the file states (GEXF edge type or defaultedgetype,
 *   GraphML directed or edgedefault, graphology), else a `directed` value,
 *   else the tie type's, else the format's default (directed);
 * - certainty: `reported` when the file gives none;
 * - id: the edge id as a slug, else `tie-<n>`; a repeated edge id gets a
 *   fresh one (`0-2`), with a warning.
 * Edges whose ends are unknown or the same actor are reported and skipped.
 */
import type { Certainty, Tie } from "../../../schema/index.ts";
import {
  attributes,
  bounded,
  fieldPlace,
  period,
  take,
  type AssemblyContext,
} from "./assemble-context.ts";
import { toBoolean, toCertainty, toText } from "./coerce.ts";
import { isSlug, SlugAllocator } from "./ids.ts";
import type { RawTie } from "./raw.ts";
import { UNCLASSIFIED } from "./vocab-builder.ts";

export const DEFAULT_CERTAINTY: Certainty = "reported";

function endpoint(ctx: AssemblyContext, raw: RawTie, end: "source" | "target"): string | undefined {
  const given = toText(raw.fields[end])?.trim();
  if (given === undefined) {
    ctx.log.problem(fieldPlace(raw, end), `this tie has no ${end}, so it was skipped`);
    return undefined;
  }
  const id = ctx.actorIds.get(given);
  if (id === undefined) {
    ctx.log.problem(
      fieldPlace(raw, end),
      `the ${end} '${given}' is not an actor in the file, so this tie was skipped`,
    );
  }
  return id;
}

function tieType(
  ctx: AssemblyContext,
  raw: RawTie,
  defaulted: string[],
): { type: string; label: string } {
  const text = toText(raw.fields.type)?.trim();
  const type = text !== undefined ? ctx.vocabulary.match("tieTypes", text) : "";
  if (text !== undefined && !type) {
    ctx.log.problem(
      fieldPlace(raw, "type"),
      `'${text}' cannot be made into a tie type id; '${UNCLASSIFIED}' was used`,
    );
  }
  if (!type) {
    if (text === undefined) defaulted.push("type");
    return { type: UNCLASSIFIED, label: "" };
  }
  return { type, label: text ?? type };
}

export function assembleTies(ctx: AssemblyContext, raws: RawTie[]): Tie[] {
  const ids = new SlugAllocator("tie");
  for (const raw of raws) {
    const given = toText(raw.fields.id)?.trim();
    if (given !== undefined && isSlug(given)) ids.reserve(given);
  }
  const seen = new Set<string>();
  const ties: Tie[] = [];
  raws.forEach((raw, index) => {
    const source = endpoint(ctx, raw, "source");
    const target = endpoint(ctx, raw, "target");
    if (source === undefined || target === undefined) return;
    if (source === target) {
      ctx.log.problem(
        raw.place,
        `this tie connects '${source}' to itself, which Tamyr does not allow; it was skipped`,
      );
      return;
    }
    const originalId = toText(raw.fields.id)?.trim();
    // edge ids only name the edge (NetworkX repeats its multigraph keys 0, 1… across node pairs),
    // so a repeated one gets a fresh id instead of losing the tie
    const repeated = originalId !== undefined && seen.has(originalId);
    if (originalId !== undefined) seen.add(originalId);
    const id =
      originalId !== undefined && isSlug(originalId) && !repeated
        ? originalId
        : ids.allocate(originalId ?? `tie-${index + 1}`);
    if (originalId !== undefined && id !== originalId) {
      ctx.log.warn(
        "tie-id",
        raw.place,
        repeated
          ? `the tie id '${originalId}' is used by an earlier tie; this tie became '${id}'`
          : `the tie id '${originalId}' became '${id}'`,
        "tie ids were changed into unique slugs",
      );
    }
    const defaulted: string[] = [];
    const { type, label: typeLabel } = tieType(ctx, raw, defaulted);
    const ownDirection = raw.directed ?? take(ctx, raw, "directed", toBoolean(raw.fields.directed));
    const typeDirection = ctx.vocabulary.tieType(
      type,
      typeLabel,
      ownDirection ?? ctx.defaultDirected,
    );
    const directed = ownDirection ?? typeDirection;
    let certainty = take(ctx, raw, "certainty", toCertainty(raw.fields.certainty));
    if (certainty === undefined) {
      if (raw.fields.certainty === undefined || toText(raw.fields.certainty) === undefined)
        defaulted.push("certainty");
      certainty = DEFAULT_CERTAINTY;
    }
    const tie: Tie = {
      id,
      source,
      target,
      type,
      directed: directed !== typeDirection ? directed : undefined,
      label: bounded(ctx, fieldPlace(raw, "label"), toText(raw.fields.label), 500),
      certainty,
      period: period(ctx, raw, "start", "end"),
      obeyed: take(ctx, raw, "obeyed", toBoolean(raw.fields.obeyed)),
      note: bounded(ctx, fieldPlace(raw, "note"), toText(raw.fields.note), 20_000),
    };
    const evidence = ctx.sources.evidence(raw.fields.evidence, fieldPlace(raw, "evidence"));
    if (evidence.length > 0) tie.evidence = evidence;
    if (defaulted.length > 0) {
      ctx.log.warn(
        `tie-defaults-${defaulted.join("-")}`,
        raw.place,
        `no ${defaulted.join(", ")} given: ${defaulted.map((f) => (f === "certainty" ? `certainty '${DEFAULT_CERTAINTY}'` : `type '${UNCLASSIFIED}'`)).join(", ")} assumed`,
        `ties got default ${defaulted.join(", ")}`,
      );
    }
    const attrs = attributes(ctx, raw.place, raw.extra, {
      original_id: originalId !== undefined && id !== originalId ? originalId : undefined,
      imported_defaults: defaulted.length > 0 ? defaulted.join(", ") : undefined,
    });
    if (attrs) tie.attributes = attrs;
    for (const key of Object.keys(tie) as (keyof Tie)[])
      if (tie[key] === undefined) delete tie[key];
    ties.push(tie);
  });
  return ties;
}
