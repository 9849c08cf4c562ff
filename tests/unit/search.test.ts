import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldName } from "../../src/core/search/fold.ts";
import { buildSearchIndex, searchActors } from "../../src/core/search/search-index.ts";
import { tinyDataset } from "./helpers/tiny-dataset.ts";

describe("foldName", () => {
  it.each([
    ["Назарбаев", "Nazarbaev", "nazarbayev", "NAZARBAYEV"],
    ["Токаев", "Tokayev", "Tokaev"],
    ["Қасым-Жомарт Тоқаев", "Kassym-Jomart Tokayev", "Qasym-Jomart Tokaev"],
    ["Сатыбалды", "Satybaldy"],
    ["Әбіш", "Абиш", "Abish"],
    ["Ақ Орда", "Ак Орда", "Aq Orda"],
    ["Ḱayrat", "Kayrat", "Кайрат"],
  ])("folds spellings of one name together: %s", (...spellings) => {
    const keys = new Set(spellings.map(foldName));
    expect(keys.size).toBe(1);
  });

  it("keeps different names apart", () => {
    expect(foldName("Tokayev")).not.toBe(foldName("Nazarbayev"));
    expect(foldName("Abish")).not.toBe(foldName("Abai"));
  });

  it("never throws and yields only lower-case Latin letters, digits and spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(foldName(s)).toMatch(/^[a-z0-9 ]*$/);
      }),
    );
  });
});

describe("searchActors", () => {
  const index = buildSearchIndex(tinyDataset().actors);

  it("finds an actor by its alias in another script", () => {
    const hits = searchActors(index, "Назарбаев");
    expect(hits[0]?.actorId).toBe("patron");
    expect(searchActors(index, "nazarbaev")[0]?.actorId).toBe("patron");
  });

  it("ranks exact and prefix matches above substrings", () => {
    const hits = searchActors(index, "bazaar");
    expect(hits.map((h) => h.actorId)).toEqual(["bazaar"]);
    expect(searchActors(index, "pro")[0]?.actorId).toBe("crowd");
  });

  it("finds nothing for an empty or unmatched query", () => {
    expect(searchActors(index, "   ")).toEqual([]);
    expect(searchActors(index, "xylophone")).toEqual([]);
  });
});
