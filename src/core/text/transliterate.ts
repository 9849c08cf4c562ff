/**
 * Cyrillic (Russian, Kazakh, Ukrainian, Belarusian letters) to Latin, one
 * shared table for search keys and for slugs. A simple scholarly-style
 * transliteration: `Назарбаев` → `nazarbaev`, `Қасым` → `qasym`.
 */

const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
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
  ә: "a",
  ғ: "g",
  қ: "q",
  ң: "n",
  ө: "o",
  ұ: "u",
  ү: "u",
  һ: "h",
  і: "i",
  є: "e",
  ї: "i",
  ґ: "g",
  ў: "u",
};

/** Lower-case Cyrillic letters replaced by Latin; everything else unchanged. */
export function transliterateCyrillic(lowerCaseText: string): string {
  return lowerCaseText.replace(/[\u0400-\u04ff]/g, (ch) => CYRILLIC[ch] ?? ch);
}
