/**
 * Raw nodes → actors. Defaults (docs/formats.md, "Import defaults"):
 * - id: the node id made into a slug (original kept in attributes.original_id);
 * - name: the label, else the original id;
 * - kind: `group` when the file gives none;
 * - domains and roles: `unclassified` when the file gives none; unknown
 *   ones are added to the dataset's vocabulary;
 * - the defaulted fields are listed in attributes.imported_defaults.
 */
import {
  Alias,
  type Actor,
  type ActorKind,
  type Alias as AliasRecord,
} from "../../../schema/index.ts";
import {
  attributes,
  bounded,
  fieldPlace,
  period,
  take,
  type AssemblyContext,
} from "./assemble-context.ts";
import { isError, toCount, toJson, toKind, toList, toText } from "./coerce.ts";
import { isSlug, SlugAllocator } from "./ids.ts";
import type { RawActor } from "./raw.ts";
import { UNCLASSIFIED } from "./vocab-builder.ts";

export const DEFAULT_KIND: ActorKind = "group";

function aliases(ctx: AssemblyContext, raw: RawActor): AliasRecord[] | undefined {
  const json = take(ctx, raw, "aliasesJson", toJson(raw.fields.aliasesJson));
  if (json !== undefined) {
    if (!Array.isArray(json)) {
      ctx.log.problem(fieldPlace(raw, "aliasesJson"), "must be a JSON array of aliases");
    } else {
      const out: AliasRecord[] = [];
      for (const item of json) {
        const parsed = Alias.safeParse(typeof item === "string" ? { name: item } : item);
        if (parsed.success) out.push(parsed.data);
        else
          ctx.log.problem(
            fieldPlace(raw, "aliasesJson"),
            `alias ${JSON.stringify(item)}: ${parsed.error.issues[0]!.message}`,
          );
      }
      return out.length > 0 ? out : undefined;
    }
  }
  const names = toList(raw.fields.aliases, false).map((name) => ({ name: name.slice(0, 500) }));
  return names.length > 0 ? names : undefined;
}

function terms(
  ctx: AssemblyContext,
  raw: RawActor,
  field: "domains" | "roles",
  defaulted: string[],
): string[] {
  const out: string[] = [];
  for (const text of toList(raw.fields[field], true)) {
    const id = ctx.vocabulary.match(field, text);
    if (!id) {
      ctx.log.problem(
        fieldPlace(raw, field),
        `'${text}' cannot be made into a ${field === "domains" ? "domain" : "role"} id`,
      );
      continue;
    }
    if (field === "domains") ctx.vocabulary.domain(id, text);
    else ctx.vocabulary.role(id, text);
    if (!out.includes(id)) out.push(id);
  }
  if (out.length === 0) {
    if (field === "domains") ctx.vocabulary.domain(UNCLASSIFIED, "");
    else ctx.vocabulary.role(UNCLASSIFIED, "");
    out.push(UNCLASSIFIED);
    defaulted.push(field);
  }
  return out;
}

function kind(ctx: AssemblyContext, raw: RawActor, defaulted: string[]): ActorKind {
  const given = take(ctx, raw, "kind", toKind(raw.fields.kind));
  if (given) return given;
  const lenientName = raw.fieldNames.kindLenient;
  if (raw.fields.kind === undefined && lenientName !== undefined) {
    const lenient = toKind(raw.fields.kindLenient);
    if (lenient !== undefined && !isError(lenient)) {
      delete raw.extra[lenientName];
      return lenient;
    }
  }
  defaulted.push("kind");
  return DEFAULT_KIND;
}

function size(ctx: AssemblyContext, raw: RawActor): Actor["size"] {
  const min = take(ctx, raw, "sizeMin", toCount(raw.fields.sizeMin));
  const max = take(ctx, raw, "sizeMax", toCount(raw.fields.sizeMax));
  const text = toText(raw.fields.sizeText)?.slice(0, 200);
  if (min === undefined && max === undefined && text === undefined) return undefined;
  if (min !== undefined && max !== undefined && min > max) {
    ctx.log.problem(
      fieldPlace(raw, "sizeMax"),
      `size max ${max} is below size min ${min}; the size was left out`,
    );
    return undefined;
  }
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    ...(text ? { text } : {}),
  };
}

function originalIdOf(raw: RawActor): string | undefined {
  return toText(raw.fields.id)?.trim() ?? toText(raw.fields.name)?.trim();
}

/** Assembles the actors; fills ctx.actorIds with original id → new id. */
export function assembleActors(ctx: AssemblyContext, raws: RawActor[]): Actor[] {
  const ids = new SlugAllocator("actor");
  // ids that are already slugs are kept as they are, so others must not take them
  for (const raw of raws) {
    const given = originalIdOf(raw);
    if (given !== undefined && isSlug(given)) ids.reserve(given);
  }
  const actors: Actor[] = [];
  for (const raw of raws) {
    const originalId = originalIdOf(raw);
    if (originalId === undefined) {
      ctx.log.problem(raw.place, "this record has neither an id nor a name, so it was skipped");
      continue;
    }
    if (ctx.actorIds.has(originalId)) {
      ctx.log.problem(
        raw.place,
        `the id '${originalId}' is used by another record before; this one was skipped`,
      );
      continue;
    }
    const id = isSlug(originalId) ? originalId : ids.allocate(originalId);
    ctx.actorIds.set(originalId, id);
    if (id !== originalId) {
      ctx.log.warn(
        "actor-id",
        raw.place,
        `the id '${originalId}' became '${id}' (Tamyr ids are lower-case slugs); the original is kept in attributes.original_id`,
        "actor ids were changed into slugs",
      );
    }
    const defaulted: string[] = [];
    const name =
      bounded(ctx, fieldPlace(raw, "name"), toText(raw.fields.name)?.trim(), 500) ?? originalId;
    const actorKind = kind(ctx, raw, defaulted);
    const actor: Actor = {
      id,
      name: name.slice(0, 500),
      aliases: aliases(ctx, raw),
      kind: actorKind,
      domains: terms(ctx, raw, "domains", defaulted),
      roles: terms(ctx, raw, "roles", defaulted),
      description: bounded(
        ctx,
        fieldPlace(raw, "description"),
        toText(raw.fields.description),
        20_000,
      ),
      period: period(ctx, raw, "start", "end"),
      size: size(ctx, raw),
    };
    const evidence = ctx.sources.evidence(raw.fields.evidence, fieldPlace(raw, "evidence"));
    if (evidence.length > 0) actor.evidence = evidence;
    if (defaulted.length > 0) {
      ctx.log.warn(
        `actor-defaults-${defaulted.join("-")}`,
        raw.place,
        `no ${defaulted.join(", ")} given: ${defaulted.map((f) => (f === "kind" ? `kind '${DEFAULT_KIND}'` : `${f} '${UNCLASSIFIED}'`)).join(", ")} assumed`,
        `actors got default ${defaulted.join(", ")}`,
      );
    }
    const attrs = attributes(ctx, raw.place, raw.extra, {
      original_id: id !== originalId ? originalId : undefined,
      imported_defaults: defaulted.length > 0 ? defaulted.join(", ") : undefined,
    });
    if (attrs) actor.attributes = attrs;
    for (const key of Object.keys(actor) as (keyof Actor)[])
      if (actor[key] === undefined) delete actor[key];
    actors.push(actor);
    if (raw.position) (ctx.positions ??= {})[id] = raw.position;
  }
  return actors;
}
