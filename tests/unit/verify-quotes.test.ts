/** Quote matching: verbatim, up to white space, quotation marks, dashes, ellipses and markdown emphasis. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import {
  collectQuotes,
  findQuote,
  normalizeForQuotes,
  prepareSource,
  quoteParts,
  verifyQuotes,
} from "../../src/core/evidence/verify-quotes.ts";
import { minimalDataset } from "./helpers/dataset-text.ts";

const SOURCE = `## **Outsourcing Violence**

Protests quickly spread to 14 major cities. Protestors shouted, "Shal ket" ("Old man, out").
The outsourced violence in Kazakhstan in January 2022 – and, specifically, its application
in the city of Almaty—reveals the latter. One is Bolat Nazarbayev, who was *believed* to
control the bazaars of Almaty. Almaty has been described as the _votchina_ ("fiefdom") of
the family… Kazakhstan’s largest city was “given up to looters overnight.”`;

const source = prepareSource(SOURCE);
const found = (quote: string) => findQuote(source, quote) === null;

describe("findQuote", () => {
  it("finds a verbatim quote", () => {
    expect(found("Protests quickly spread to 14 major cities.")).toBe(true);
  });

  it("ignores white space and line breaks", () => {
    expect(found("its application in the city of   Almaty")).toBe(true);
    expect(found("specifically,\n its application\nin the city")).toBe(true);
  });

  it("ignores markdown emphasis in the source", () => {
    expect(found("who was believed to control the bazaars")).toBe(true);
    expect(found('the votchina ("fiefdom") of the family')).toBe(true);
    expect(found("Outsourcing Violence")).toBe(true);
  });

  it("treats straight, curly and angled quotation marks alike, single or double", () => {
    expect(found("shouted, “Shal ket” (“Old man, out”)")).toBe(true);
    expect(found("shouted, «Shal ket» («Old man, out»)")).toBe(true);
    expect(found("shouted, 'Shal ket' ('Old man, out')")).toBe(true);
    expect(found("Kazakhstan's largest city")).toBe(true);
    expect(found('was "given up to looters overnight."')).toBe(true);
  });

  it("treats hyphens, en and em dashes and minus signs alike, spaced or not", () => {
    expect(found("January 2022 — and, specifically")).toBe(true);
    expect(found("January 2022-and, specifically")).toBe(true);
    expect(found("January 2022 − and, specifically")).toBe(true);
    expect(found("the city of Almaty - reveals the latter")).toBe(true);
    expect(found("the city of Almaty–reveals the latter")).toBe(true);
  });

  it("treats … and ... alike, and an inner ellipsis as words left out", () => {
    expect(found("of the family... Kazakhstan’s largest city")).toBe(true);
    expect(found("One is Bolat Nazarbayev … to control the bazaars of Almaty.")).toBe(true);
    expect(found("One is Bolat Nazarbayev [...] the bazaars of Almaty.")).toBe(true);
    expect(found("…to control the bazaars…")).toBe(true);
  });

  it("requires the parts around an ellipsis in the source's order", () => {
    expect(found("the bazaars of Almaty … One is Bolat Nazarbayev")).toBe(false);
  });

  it("is case-sensitive and exact about words, digits and other punctuation", () => {
    expect(found("protests quickly spread to 14 major cities")).toBe(false);
    expect(found("Protests quickly spread to 15 major cities")).toBe(false);
    expect(found("Protests quickly spread to 14 major cities!")).toBe(false);
    expect(found("Protests spread quickly to 14 major cities")).toBe(false);
  });

  it("does not match an empty quote", () => {
    expect(findQuote(source, " … ")).toEqual({ matchedPrefix: "" });
  });

  it("tells how far the quote matches", () => {
    expect(findQuote(source, "Protests quickly spread to 16 major cities")).toEqual({
      matchedPrefix: "Protests quickly spread to 1",
    });
    expect(findQuote(source, "One is Bolat … to control the markets")).toEqual({
      matchedPrefix: "to control the ",
    });
  });

  it("finds any piece of a source, however its white space and marks are rewritten", () => {
    const words = SOURCE.split(/\s+/);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: words.length - 1 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.constantFrom(" ", "\n", "  ", "\t"), { minLength: 12, maxLength: 12 }),
        (start, length, gaps) => {
          const piece = words
            .slice(start, start + length)
            .map((word, i) => (i === 0 ? "" : gaps[i]) + word)
            .join("")
            .replace(/[*_]/g, "")
            .replace(/"/g, "“")
            .replace(/—/g, " - ");
          return quoteParts(piece).length === 0 || found(piece);
        },
      ),
    );
  });
});

describe("normalizeForQuotes", () => {
  it("folds compatibility forms, invisible characters and marks", () => {
    expect(normalizeForQuotes("ﬁnal\u00adly\u200b  “done” — … ")).toBe('finally "done"-...');
  });
});

describe("verifyQuotes", () => {
  const data = minimalDataset();
  data.sources!.push({ id: "news", title: "News" });
  data.actors[0]!.evidence = [
    { source: "memo", quote: "control the bazaars" },
    { source: "news", quote: "seen at the market" },
    { source: "memo", locator: "p. 2" },
  ];
  data.ties[0]!.evidence = [{ source: "memo", quote: "controlled the bazaars" }];
  data.events![0]!.evidence = [{ source: "memo", quote: "14 major cities" }];
  const parsed = parseDataset(JSON.stringify(data));
  if (!parsed.ok) throw new Error("test dataset is invalid");

  it("collects the quotes of actors, ties and events with their paths", () => {
    expect(collectQuotes(parsed.dataset).map((q) => [q.path.join("."), q.source])).toEqual([
      ["actors.0.evidence.0.quote", "memo"],
      ["actors.0.evidence.1.quote", "news"],
      ["ties.0.evidence.0.quote", "memo"],
      ["events.0.evidence.0.quote", "memo"],
    ]);
  });

  it("checks quotes of the given sources and counts the others", () => {
    const result = verifyQuotes(parsed.dataset, new Map([["memo", SOURCE]]));
    expect(result.checked).toBe(3);
    expect(result.notFound).toEqual([
      {
        ref: {
          path: ["ties", 0, "evidence", 0, "quote"],
          source: "memo",
          quote: "controlled the bazaars",
        },
        matchedPrefix: "control",
      },
    ]);
    expect(result.unchecked.map((q) => q.source)).toEqual(["news"]);
  });
});
