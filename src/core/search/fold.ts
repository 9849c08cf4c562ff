/**
 * Folding names to a script- and spelling-insensitive key, so that
 * "Назарбаев", "Nazarbaev" and "nazarbayev" all fold to "nazarbaev".
 *
 * Steps: lower-case; strip accents; transliterate Cyrillic (Russian and
 * Kazakh letters) to Latin; then merge the common variant spellings of
 * Latin transliterations (kh/h, zh/j/dzh, q/k, w/v, y/i, ie/e, doubled
 * letters, an "i" glide between vowels).
 */

import { transliterateCyrillic } from "../text/transliterate.ts";

const LATIN_VARIANTS: [RegExp, string][] = [
  [/shch/g, "sh"],
  [/sch/g, "sh"],
  [/dzh/g, "j"],
  [/zh/g, "j"],
  [/kh/g, "h"],
  [/ts/g, "c"],
  [/ph/g, "f"],
  [/q/g, "k"],
  [/w/g, "v"],
  [/x/g, "ks"],
  [/y/g, "i"],
  [/([aeiou])i(?=[aeiou])/g, "$1"],
  [/ie/g, "e"],
  [/(.)\1+/g, "$1"],
];

/** Folds a text to its search key. Non-letters become single spaces. */
export function foldName(text: string): string {
  let out = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  // NFD splits й and ё into base letter + mark; those were stripped above, which is what we want
  out = transliterateCyrillic(out);
  out = out.replace(/[^a-z0-9]+/g, " ").trim();
  for (const [pattern, replacement] of LATIN_VARIANTS) out = out.replace(pattern, replacement);
  return out;
}
