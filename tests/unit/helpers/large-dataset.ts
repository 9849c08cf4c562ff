/** A large dataset for timing: the bundled Kazakhstan records repeated to `actors` actors and twice as many ties. */
import { readFileSync } from "node:fs";
import type { Dataset } from "../../../schema/index.ts";

export function largeDataset(actors: number): Dataset {
  const url = new URL("../../../data/kazakhstan-2022.json", import.meta.url);
  const base = JSON.parse(readFileSync(url, "utf8")) as Dataset;
  const id = (i: number) => `a${i % actors}`;
  return {
    ...base,
    actors: Array.from({ length: actors }, (_, i) => ({
      ...base.actors[i % base.actors.length]!,
      id: id(i),
    })),
    ties: Array.from({ length: actors * 2 }, (_, i) => ({
      ...base.ties[i % base.ties.length]!,
      id: `t${i}`,
      source: id(i),
      target: id(i * 7 + 1) === id(i) ? id(i + 1) : id(i * 7 + 1),
    })),
    events: Array.from({ length: actors / 10 }, (_, i) => {
      const event = base.events![i % base.events!.length]!;
      const participants = (event.participants ?? []).map((p, j) => ({ ...p, actor: id(i + j) }));
      return { ...event, id: `e${i}`, participants };
    }),
  };
}
