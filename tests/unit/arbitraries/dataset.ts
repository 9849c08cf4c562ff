/**
 * fast-check arbitraries for valid Tamyr datasets: every generated value
 * passes Dataset.safeParse. Texts include the characters that trip formats
 * up (quotes, `&`, `<`, `|`, commas, semicolons, leading `=` `+` `-` `@`,
 * tabs, line breaks, Cyrillic) but not the control characters XML 1.0 cannot
 * carry, and are never blank (blank optional texts are read as absent).
 */
import fc from "fast-check";
import {
  ACTOR_KINDS,
  CERTAINTY_LEVELS,
  Dataset,
  parseDateSpan,
  resolveVocabulary,
  SCHEMA_VERSION,
  SOURCE_KINDS,
  type Actor,
  type Dataset as DatasetType,
  type Evidence,
  type Source,
  type Tie,
  type Vocabulary,
} from "../../../schema/index.ts";

const CHARS = [..."abcxyz ABC019 ,;|&<>\"'=+-@#()\t\nҚазақ éü—"];
const SLUG_CHARS = [..."abcdefghij0123"];

/** A string of the tricky characters, trimmed and not empty. */
export const text = (max = 40): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: max })
    .map((chars) => chars.join("").trim())
    .filter((s) => s.length > 0);

export const slug: fc.Arbitrary<string> = fc
  .array(fc.array(fc.constantFrom(...SLUG_CHARS), { minLength: 1, maxLength: 6 }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((parts) => parts.map((p) => p.join("")).join("-"));

export const isoDate: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1900, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom("year", "month", "day"),
  )
  .map(([y, m, d, precision]) => {
    const year = String(y);
    const month = `${year}-${String(m).padStart(2, "0")}`;
    return precision === "year"
      ? year
      : precision === "month"
        ? month
        : `${month}-${String(d).padStart(2, "0")}`;
  });

export const period = fc
  .tuple(fc.option(isoDate, { nil: undefined }), fc.option(isoDate, { nil: undefined }))
  .filter(([s, e]) => s !== undefined || e !== undefined)
  .map(([s, e]) => {
    if (s && e && parseDateSpan(s)!.first > parseDateSpan(e)!.last) [s, e] = [e, s];
    return { ...(s ? { start: s } : {}), ...(e ? { end: e } : {}) };
  });

/** Custom attributes: a fixed type per name, including names that clash with Tamyr fields. */
const attributes = fc
  .record(
    {
      score: fc.integer({ min: -4000, max: 4000 }).map((n) => n / 8),
      count: fc.integer({ min: 0, max: 10_000 }),
      flag: fc.boolean(),
      tag: text(20),
      type: text(10),
      label: text(10),
      "Modularity-Class": fc.integer({ min: 0, max: 9 }),
    },
    { requiredKeys: [] },
  )
  .map((r) => (Object.keys(r).length > 0 ? r : undefined));

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A drawing coordinate: finite, two decimals, within what GEXF's xsd:float can hold. */
const coordinate = fc.integer({ min: -500_000, max: 500_000 }).map((n) => n / 100);

function prune<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[])
    if (record[key] === undefined) delete record[key];
  return record;
}

const sourceRecord = (id: string): fc.Arbitrary<Source> =>
  fc
    .record({
      title: text(30),
      authors: opt(fc.array(text(15), { minLength: 1, maxLength: 2 })),
      publisher: opt(text(20)),
      date: opt(isoDate),
      url: opt(slug.map((s) => `https://example.org/${s}?q=1&r=2`)),
      kind: opt(fc.constantFrom(...SOURCE_KINDS)),
      note: opt(text(30)),
    })
    .map((r) => prune({ id, ...r }));

const evidence = (sourceIds: string[]): fc.Arbitrary<Evidence[] | undefined> =>
  sourceIds.length === 0
    ? fc.constant(undefined)
    : opt(
        fc.array(
          fc
            .record({
              source: fc.constantFrom(...sourceIds),
              quote: opt(text(60)),
              locator: opt(text(10)),
              hedge: opt(text(20)),
              note: opt(text(20)),
            })
            .map(prune),
          { minLength: 1, maxLength: 3 },
        ),
      );

const customVocabulary: fc.Arbitrary<Vocabulary | undefined> = opt(
  fc.record({
    domains: fc.constant([{ id: "custom-domain", label: "Custom domain", color: "#123456" }]),
    roles: fc.constant([{ id: "custom-role", label: "Custom role", shape: "star" as const }]),
    tieTypes: fc.constantFrom(
      [
        {
          id: "custom-tie",
          label: "Custom tie",
          directed: true,
          color: "#abcdef",
          arrow: "vee" as const,
        },
      ],
      [{ id: "custom-tie", label: "Custom tie", directed: false, color: "#abcdef" }],
    ),
  }),
);

const actor = (
  id: string,
  domains: string[],
  roles: string[],
  sourceIds: string[],
): fc.Arbitrary<Actor> =>
  fc
    .record({
      name: text(30),
      aliases: opt(
        fc.uniqueArray(
          fc
            .record({
              name: text(20),
              lang: opt(fc.constantFrom("ru", "kk")),
              transliteration: opt(fc.boolean()),
            })
            .map(prune),
          { minLength: 1, maxLength: 2, selector: (a) => a.name },
        ),
      ),
      kind: fc.constantFrom(...ACTOR_KINDS),
      domains: fc.uniqueArray(fc.constantFrom(...domains), { minLength: 1, maxLength: 2 }),
      roles: fc.uniqueArray(fc.constantFrom(...roles), { minLength: 1, maxLength: 2 }),
      description: opt(text(80)),
      period: opt(period),
      size: opt(
        fc
          .record({
            min: opt(fc.integer({ min: 0, max: 50 })),
            max: opt(fc.integer({ min: 50, max: 900 })),
            text: opt(text(10)),
          })
          .map(prune)
          .filter((s) => Object.keys(s).length > 0),
      ),
      evidence: evidence(sourceIds),
      attributes,
    })
    .map((r) => prune({ id, ...r }) as Actor);

const tie = (
  id: string,
  actorIds: string[],
  types: string[],
  sourceIds: string[],
): fc.Arbitrary<Tie> =>
  fc
    .record({
      ends: fc.uniqueArray(fc.constantFrom(...actorIds), { minLength: 2, maxLength: 2 }),
      type: fc.constantFrom(...types),
      directed: opt(fc.boolean()),
      label: opt(text(30)),
      certainty: fc.constantFrom(...CERTAINTY_LEVELS),
      period: opt(period),
      obeyed: opt(fc.boolean()),
      evidence: evidence(sourceIds),
      note: opt(text(40)),
      attributes,
    })
    .map(({ ends, ...r }) => prune({ id, source: ends[0]!, target: ends[1]!, ...r }) as Tie);

/** A valid dataset with 1–6 actors, up to 8 ties, up to 3 sources, up to 2 events, maybe a layout and a narrative. */
export const datasetArbitrary: fc.Arbitrary<DatasetType> = fc
  .record({
    vocabulary: customVocabulary,
    sourceIds: fc.uniqueArray(slug, { maxLength: 3 }),
    actorIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }),
    tieIds: fc.uniqueArray(slug, { maxLength: 8 }),
    eventIds: fc.uniqueArray(slug, { maxLength: 2 }),
    title: text(40),
    kazakhstan: fc.boolean(),
  })
  .chain(({ vocabulary, sourceIds, actorIds, tieIds, eventIds, title, kazakhstan }) => {
    const resolved = resolveVocabulary(vocabulary);
    const domains = resolved.domains.map((d) => d.id);
    const roles = resolved.roles.map((r) => r.id);
    const types = resolved.tieTypes.map((t) => t.id);
    return fc.record({
      schemaVersion: fc.constant(SCHEMA_VERSION as typeof SCHEMA_VERSION),
      meta: fc.constant({ title, ...(kazakhstan ? { case: { country: "Kazakhstan" } } : {}) }),
      vocabulary: fc.constant(vocabulary),
      sources: fc.tuple(...sourceIds.map(sourceRecord)),
      actors: fc.tuple(...actorIds.map((id) => actor(id, domains, roles, sourceIds))),
      ties:
        actorIds.length < 2
          ? fc.constant([])
          : fc.tuple(...tieIds.map((id) => tie(id, actorIds, types, sourceIds))),
      events: fc.tuple(
        ...eventIds.map((id) =>
          fc
            .record({
              title: text(30),
              date: isoDate,
              place: opt(text(15)),
              participants: opt(
                fc.uniqueArray(
                  fc
                    .record({ actor: fc.constantFrom(...actorIds), role: opt(text(10)) })
                    .map(prune),
                  {
                    minLength: 1,
                    maxLength: 2,
                    selector: (p) => p.actor,
                  },
                ),
              ),
              evidence: evidence(sourceIds),
            })
            .map((r) => prune({ id, ...r })),
        ),
      ),
      layout: opt(
        fc
          .uniqueArray(fc.constantFrom(...actorIds), { minLength: 1, maxLength: actorIds.length })
          .chain((ids) =>
            fc.tuple(...ids.map(() => fc.tuple(coordinate, coordinate))).map((xy) => ({
              positions: Object.fromEntries(
                ids.map((id, i) => [id, { x: xy[i]![0], y: xy[i]![1] }]),
              ),
            })),
          ),
      ),
      narratives: opt(
        fc
          .array(
            fc.record({
              title: text(20),
              caption: fc.string({ maxLength: 40 }),
              view: fc
                .record({
                  minCertainty: opt(fc.constantFrom(...CERTAINTY_LEVELS)),
                  highlightActors: opt(
                    fc.uniqueArray(fc.constantFrom(...actorIds), { minLength: 1, maxLength: 2 }),
                  ),
                  hiddenDomains: opt(
                    fc.uniqueArray(fc.constantFrom(...domains), { minLength: 1, maxLength: 2 }),
                  ),
                  focus: opt(
                    fc.record({
                      actor: fc.constantFrom(...actorIds),
                      depth: fc.constantFrom(1 as const, 2 as const),
                    }),
                  ),
                })
                .map(prune),
            }),
            { minLength: 1, maxLength: 2 },
          )
          .map((steps) => [{ id: "story", title: "A story", steps }]),
      ),
    });
  })
  .map((d) => {
    const out = prune({ ...d }) as DatasetType;
    if (out.sources?.length === 0) delete out.sources;
    if (out.events?.length === 0) delete out.events;
    return out;
  })
  .filter((d) => Dataset.safeParse(d).success);
