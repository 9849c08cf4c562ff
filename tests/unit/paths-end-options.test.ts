/** What the path finder's From and To boxes offer for a typed text. */
import { describe, expect, it } from "vitest";
import type { Actor, Dataset } from "../../schema/index.ts";
import {
  END_OPTIONS_LIMIT,
  endLabel,
  endOptions,
  LIST_ALL_ACTORS,
  roleGroups,
} from "../../src/app/analysis/end-options.ts";
import { prepareDataset } from "../../src/app/state/loaded-dataset.ts";

function network(actors: Actor[]): Dataset {
  return { schemaVersion: "1.0", meta: { title: "t" }, actors, ties: [] };
}

const person = (id: string, name: string, roles = ["patron"], aliases: string[] = []): Actor => ({
  id,
  name,
  kind: "person",
  domains: ["state"],
  roles,
  ...(aliases.length > 0 ? { aliases: aliases.map((a) => ({ name: a, lang: "ru" })) } : {}),
});

const kz = prepareDataset(
  "t",
  "t",
  network([
    person("bolat", "Bolat Nazarbayev", ["patron"], ["Болат Назарбаев"]),
    person("kairat", "Kairat Satybaldy", ["patron", "mobilizer"]),
    person("tokayev", "Kassym-Jomart Tokayev", ["incumbent"]),
    person("aset-1", "Aset Ermekov"),
    person("aset-2", "Aset Ermekov", ["enforcer"]),
  ]),
);
const everyone = new Set(kz.dataset.actors.map((a) => a.id));
const ids = (options: { id: string }[]) => options.map((o) => o.id);

describe("path end options", () => {
  it("lists the groups the shown actors form, with their counts, and every actor of a small network", () => {
    const groups = roleGroups(kz, everyone);
    expect(groups.map((g) => [g.id, g.count])).toEqual([
      ["incumbent", 1],
      ["patron", 3],
      ["mobilizer", 1],
      ["enforcer", 1],
    ]);
    const { options, footer } = endOptions(kz, everyone, groups, "");
    expect(ids(options)).toEqual([
      "role:incumbent",
      "role:patron",
      "role:mobilizer",
      "role:enforcer",
      "aset-1",
      "aset-2",
      "bolat",
      "kairat",
      "tokayev",
    ]);
    expect(footer).toBeUndefined();
    expect(endLabel(kz, groups, "role:patron")).toBe("Every patron / elite (3)");
    expect(endLabel(kz, groups, "bolat")).toBe("Bolat Nazarbayev");
  });

  it("finds actors in any script, and tells namesakes apart by id", () => {
    const groups = roleGroups(kz, everyone);
    const cyrillic = endOptions(kz, everyone, groups, "Назарбаев").options;
    expect(ids(cyrillic)).toEqual(["bolat"]);
    const namesakes = endOptions(kz, everyone, groups, "aset").options;
    expect(namesakes.map((o) => `${o.label} — ${o.detail}`)).toEqual([
      "Aset Ermekov — aset-1",
      "Aset Ermekov — aset-2",
    ]);
    expect(ids(endOptions(kz, everyone, groups, "patron").options)).toEqual(["role:patron"]);
  });

  it("offers only the actors and groups the filters leave", () => {
    const shown = new Set(["bolat", "tokayev"]);
    const groups = roleGroups(kz, shown);
    expect(groups.map((g) => g.id)).toEqual(["incumbent", "patron"]);
    expect(ids(endOptions(kz, shown, groups, "").options)).toEqual([
      "role:incumbent",
      "role:patron",
      "bolat",
      "tokayev",
    ]);
    expect(ids(endOptions(kz, shown, groups, "kairat").options)).toEqual([]);
  });

  it("keeps lists short on a large network: a hint instead of every actor, a limit on matches", () => {
    const many = Array.from({ length: LIST_ALL_ACTORS + 50 }, (_, i) =>
      person(`p-${i}`, `Person ${i}`),
    );
    const big = prepareDataset("b", "b", network(many));
    const all = new Set(many.map((a) => a.id));
    const groups = roleGroups(big, all);
    const empty = endOptions(big, all, groups, "");
    expect(ids(empty.options)).toEqual(["role:patron"]);
    expect(empty.footer).toBe(`Type a name to find one of ${many.length} actors`);
    const typed = endOptions(big, all, groups, "person");
    expect(typed.options).toHaveLength(END_OPTIONS_LIMIT);
    expect(typed.footer).toMatch(/type more of the name/);
    // hidden actors do not use up the list: the matches come from the shown ones
    const lastTen = new Set(many.slice(-10).map((a) => a.id));
    expect(ids(endOptions(big, lastTen, roleGroups(big, lastTen), "person").options)).toEqual(
      many
        .slice(-10)
        .map((a) => a.id)
        .sort((a, b) => a.localeCompare(b, "en", { numeric: false })),
    );
  });
});
