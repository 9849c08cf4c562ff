/**
 * Checks that evidence quotes appear verbatim in the text of their source.
 *
 * "Verbatim" forgives what copying between documents changes by itself:
 * white space and line breaks, the form of quotation marks (straight, curly,
 * guillemets; single and double alike, since a quote inside a quote often
 * changes from double to single marks), dashes (hyphen, en, em, minus, with
 * or without spaces around them), ellipses ("…" or "..."), Unicode
 * compatibility forms (ligatures such as "ﬁ"), soft hyphens and zero-width
 * characters, and markdown emphasis markers (`*`, `_`) in the source. Letters,
 * case, digits and other punctuation must match.
 *
 * An ellipsis inside a quote marks words left out: the parts around it must
 * appear in the source in that order. Ellipses at the start or end are ignored.
 */
import type { Dataset, Evidence } from "../../../schema/index.ts";

/** An evidence quote and where it sits in the dataset. */
export interface QuoteRef {
  /** Path of the quote, e.g. ["ties", 3, "evidence", 0, "quote"]. */
  path: (string | number)[];
  /** Id of the cited source. */
  source: string;
  quote: string;
}

export interface QuoteMiss {
  ref: QuoteRef;
  /** The longest beginning of the (first unmatched part of the) quote that the source has, normalized. */
  matchedPrefix: string;
}

export interface QuoteVerification {
  /** Quotes whose source text was given. */
  checked: number;
  /** Checked quotes the source text does not contain. */
  notFound: QuoteMiss[];
  /** Quotes citing sources whose text was not given. */
  unchecked: QuoteRef[];
}

const QUOTE_MARKS = /["'`\u00ab\u00bb\u2018-\u201f\u2039\u203a\u300c-\u300f\u301d-\u301f]/g;
const DASHES = /\s*[-\u2010-\u2015\u2212\ufe58\ufe63]+\s*/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ELLIPSIS = /\s*(?:\[\s*(?:\.\s*){3}\]|\(\s*(?:\.\s*){3}\)|\.\s?\.\s?\.)\s*/g;

/** The form in which quotes and sources are compared. */
export function normalizeForQuotes(text: string): string {
  return text
    .normalize("NFKC") // also turns "…" into "..."
    .replace(INVISIBLE, "")
    .replace(QUOTE_MARKS, '"')
    .replace(DASHES, "-")
    .replace(ELLIPSIS, "...")
    .replace(/\s+/g, " ")
    .trim();
}

/** A source text ready for lookups: markdown emphasis markers removed, then normalized. */
export function prepareSource(text: string): string {
  return normalizeForQuotes(text.replace(/[*_]/g, ""));
}

/** The parts of a quote that must appear in order: split at ellipses, empty parts dropped. */
export function quoteParts(quote: string): string[] {
  return normalizeForQuotes(quote)
    .split("...")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Length of the longest beginning of `part` found in `source` at or after `from`. */
function longestPrefix(source: string, part: string, from: number): number {
  let low = 0;
  let high = part.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (source.indexOf(part.slice(0, mid), from) !== -1) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Looks a quote up in a prepared source (see `prepareSource`). Returns null
 * when found, or the longest beginning of the first missing part that is there.
 */
export function findQuote(preparedSource: string, quote: string): { matchedPrefix: string } | null {
  const parts = quoteParts(quote);
  if (parts.length === 0) return { matchedPrefix: "" };
  let from = 0;
  for (const part of parts) {
    const at = preparedSource.indexOf(part, from);
    if (at === -1)
      return { matchedPrefix: part.slice(0, longestPrefix(preparedSource, part, from)) };
    from = at + part.length;
  }
  return null;
}

function quotesOf(
  items: readonly { evidence?: Evidence[] }[] | undefined,
  collection: string,
): QuoteRef[] {
  const refs: QuoteRef[] = [];
  items?.forEach((item, i) => {
    item.evidence?.forEach((evidence, j) => {
      if (evidence.quote !== undefined) {
        refs.push({
          path: [collection, i, "evidence", j, "quote"],
          source: evidence.source,
          quote: evidence.quote,
        });
      }
    });
  });
  return refs;
}

/** Every evidence quote of a dataset's actors, ties and events, in that order. */
export function collectQuotes(dataset: Dataset): QuoteRef[] {
  return [
    ...quotesOf(dataset.actors, "actors"),
    ...quotesOf(dataset.ties, "ties"),
    ...quotesOf(dataset.events, "events"),
  ];
}

/** Checks every quote citing one of `sourceTexts` (source id → full text) against that text. */
export function verifyQuotes(
  dataset: Dataset,
  sourceTexts: ReadonlyMap<string, string>,
): QuoteVerification {
  const prepared = new Map([...sourceTexts].map(([id, text]) => [id, prepareSource(text)]));
  const result: QuoteVerification = { checked: 0, notFound: [], unchecked: [] };
  for (const ref of collectQuotes(dataset)) {
    const source = prepared.get(ref.source);
    if (source === undefined) {
      result.unchecked.push(ref);
      continue;
    }
    result.checked++;
    const miss = findQuote(source, ref.quote);
    if (miss) result.notFound.push({ ref, ...miss });
  }
  return result;
}
