/** The synthetic dataset generator and `tamyr generate`. */
import { mkdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_VOCABULARY, type Dataset } from "../../schema/index.ts";
import { main } from "../../src/cli/main.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { parseDataset } from "../../src/core/dataset/parse.ts";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { toCyrillic } from "../../src/core/generate/names.ts";
import { datasetJsonText } from "../../src/core/generate/serialize.ts";
import { isDirected } from "../../src/core/graph/build.ts";
import { foldName } from "../../src/core/search/fold.ts";

const small = generateDataset({ actors: 2000, seed: 3 });
const TMP = "tests/.tmp/generate-test";

function captureIo(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (t) => lines.push(t),
    err: (t) => errors.push(t),
    readText: (p) => readFileSync(p, "utf8"),
    writeText: () => {
      throw new Error("not used");
    },
  };
}

function degrees(data: Dataset): number[] {
  const degree = new Map<string, number>(data.actors.map((a) => [a.id, 0]));
  for (const t of data.ties) {
    degree.set(t.source, (degree.get(t.source) ?? 0) + 1);
    degree.set(t.target, (degree.get(t.target) ?? 0) + 1);
  }
  return [...degree.values()].sort((a, b) => a - b);
}

describe("generateDataset", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = datasetJsonText(generateDataset({ actors: 500, seed: 7 }));
    const b = datasetJsonText(generateDataset({ actors: 500, seed: 7 }));
    const c = datasetJsonText(generateDataset({ actors: 500, seed: 8 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("is valid under the strict rules", () => {
    const result = parseDataset(datasetJsonText(small), { strict: true });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has the requested number of actors and about actors × K ties", () => {
    expect(small.actors).toHaveLength(2000);
    expect(small.ties.length).toBeGreaterThan(2000 * 3 * 0.97);
    expect(small.ties.length).toBeLessThanOrEqual(2000 * 3);
    const five = generateDataset({ actors: 300, tiesPerActor: 5, seed: 1 });
    expect(five.ties.length).toBeGreaterThan(300 * 5 * 0.95);
  });

  it("has heavy-tailed degrees: a few hubs, a small median", () => {
    const sorted = degrees(small);
    const median = sorted[sorted.length >> 1] ?? 0;
    const max = sorted[sorted.length - 1] ?? 0;
    expect(median).toBeGreaterThan(0);
    expect(max).toBeGreaterThan(10 * median);
  });

  it("gives every person a Cyrillic alias that search folds to the same key", () => {
    const people = small.actors.filter((a) => a.kind === "person");
    expect(people.length).toBeGreaterThan(small.actors.length / 3);
    for (const actor of people) {
      const alias = actor.aliases?.find((x) => x.lang === "ru");
      expect(alias?.name).toMatch(/^[\u0400-\u04ff ]+$/);
      expect(foldName(alias?.name ?? "")).toBe(foldName(actor.name));
    }
    expect(small.actors.every((a) => a.aliases?.some((x) => /[\u0400-\u04ff]/.test(x.name)))).toBe(
      true,
    );
    expect(toCyrillic("Zhanat Kholbaev")).toBe("Жанат Холбаев");
  });

  it("keeps each tie type's direction from the default vocabulary", () => {
    const types = new Map(DEFAULT_VOCABULARY.tieTypes.map((t) => [t.id, t.directed] as const));
    for (const tie of small.ties) {
      expect(tie.directed).toBeUndefined();
      expect(isDirected(tie, DEFAULT_VOCABULARY)).toBe(types.get(tie.type));
    }
    const used = new Set(small.ties.map((t) => t.type));
    expect([...used].some((t) => types.get(t) === false)).toBe(true);
    expect([...used].filter((t) => types.get(t) === true).length).toBeGreaterThan(6);
  });

  it("clusters domains: most ties join actors that share a domain", () => {
    const domains = new Map(small.actors.map((a) => [a.id, a.domains] as const));
    const inside = small.ties.filter((t) => {
      const a = domains.get(t.source) ?? [];
      return (domains.get(t.target) ?? []).some((d) => a.includes(d));
    });
    expect(inside.length / small.ties.length).toBeGreaterThan(0.6);
    expect(new Set(small.actors.flatMap((a) => a.domains)).size).toBeGreaterThanOrEqual(6);
  });

  it("mixes certainties, kinds and roles, dates most ties and has events", () => {
    const share = (level: string) =>
      small.ties.filter((t) => t.certainty === level).length / small.ties.length;
    expect(share("established") + share("reported")).toBeGreaterThan(0.6);
    expect(share("alleged")).toBeGreaterThan(share("claimed"));
    expect(share("disputed")).toBeGreaterThan(0);
    expect(new Set(small.actors.map((a) => a.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(small.actors.flatMap((a) => a.roles)).size).toBeGreaterThanOrEqual(7);
    const undated = small.ties.filter((t) => !t.period).length / small.ties.length;
    expect(undated).toBeGreaterThan(0.03);
    expect(undated).toBeLessThan(0.3);
    expect(small.events?.length).toBeGreaterThan(10);
    expect(small.events?.every((e) => (e.participants?.length ?? 0) >= 1)).toBe(true);
    expect(small.ties.some((t) => t.evidence?.some((e) => e.hedge))).toBe(true);
  });

  it("rejects impossible sizes", () => {
    expect(() => generateDataset({ actors: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ actors: 10, tiesPerActor: 0 })).toThrow(RangeError);
  });
});

describe("tamyr generate", () => {
  it("writes byte-identical files for the same options", async () => {
    mkdirSync(TMP, { recursive: true });
    const io = captureIo();
    for (const name of ["a", "b"]) {
      const code = await main(
        ["generate", "--actors", "300", "--seed", "5", "-o", `${TMP}/${name}.json`],
        io,
      );
      expect(code).toBe(0);
    }
    const a = readFileSync(`${TMP}/a.json`);
    expect(a.equals(readFileSync(`${TMP}/b.json`))).toBe(true);
    expect(io.lines[0]).toMatch(/^wrote .*a\.json: 300 actors, \d+ ties, \d+ sources, \d+ events/);
    expect(parseDataset(a.toString("utf8"), { strict: true }).ok).toBe(true);
  });

  it("exits 2 on missing or bad options", async () => {
    const io = captureIo();
    expect(await main(["generate", "-o", `${TMP}/x.json`], io)).toBe(2);
    expect(await main(["generate", "--actors", "ten", "-o", `${TMP}/x.json`], io)).toBe(2);
    expect(await main(["generate", "--actors", "10"], io)).toBe(2);
    expect(await main(["generate", "--actors", "10", "-o", `${TMP}/no/such/dir.json`], io)).toBe(2);
    expect(io.errors.join("\n")).toContain("--actors must be a whole number");
    expect(io.errors.join("\n")).toContain("no such directory");
  });
});
