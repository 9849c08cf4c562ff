/**
 * Folding names to a script- and spelling-insensitive key, so that
 * "Назарбаев", "Nazarbaev" and "nazarbayev" all fold to "nazarbaev".
 *
 * Steps: lower-case; strip accents; transliterate Cyrillic (Russian and
 * Kazakh letters) to Latin; then merge the common variant spellings of
 * Latin transliterations (kh/h, zh/j/dzh, q/k, w/v, y/i, ie/e, doubled
 * letters, an "i" glide between vowels).
 */

const CYRILLIC: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  і: "i",
  к: "k",
  қ: "k",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  є: "e",
  ї: "i",
  ґ: "g",
  ў: "u",
};

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
  out = out.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch);
  out = out.replace(/[^a-z0-9]+/g, " ").trim();
  for (const [pattern, replacement] of LATIN_VARIANTS) out = out.replace(pattern, replacement);
  return out;
}
