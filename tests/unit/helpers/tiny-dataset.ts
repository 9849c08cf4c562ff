/** A small hand-made dataset for core tests: five actors, five ties, known domains, roles and dates. */
import type { Dataset } from "../../../schema/index.ts";

export function tinyDataset(): Dataset {
  return {
    schemaVersion: "1.0",
    meta: { title: "Tiny" },
    sources: [{ id: "src", title: "A source" }],
    actors: [
      {
        id: "patron",
        name: "Bolat Nazarbayev",
        kind: "person",
        domains: ["family", "markets"],
        roles: ["patron"],
        aliases: [{ name: "Болат Назарбаев", lang: "ru", transliteration: true }],
      },
      {
        id: "bazaar",
        name: "Almaty bazaars",
        kind: "organization",
        domains: ["markets"],
        roles: ["mobilizer"],
      },
      {
        id: "crowd",
        name: "Provocateurs",
        kind: "crowd",
        domains: ["crime"],
        roles: ["provocateur"],
      },
      {
        id: "police",
        name: "Police",
        kind: "institution",
        domains: ["security"],
        roles: ["enforcer"],
      },
      {
        id: "mosque",
        name: "Religious group",
        kind: "group",
        domains: ["religious"],
        roles: ["mobilizer"],
      },
    ],
    ties: [
      {
        id: "t-control",
        source: "patron",
        target: "bazaar",
        type: "control",
        certainty: "alleged",
      },
      {
        id: "t-mob",
        source: "bazaar",
        target: "crowd",
        type: "mobilization",
        certainty: "reported",
        period: { start: "2022-01-05", end: "2022-01-08" },
      },
      {
        id: "t-demob",
        source: "patron",
        target: "police",
        type: "demobilization",
        certainty: "disputed",
        period: { start: "2022-01" },
      },
      {
        id: "t-rel",
        source: "mosque",
        target: "crowd",
        type: "mobilization",
        certainty: "established",
        period: { start: "2021", end: "2021" },
      },
      {
        id: "t-kin",
        source: "patron",
        target: "mosque",
        type: "kinship",
        certainty: "established",
      },
    ],
  };
}
