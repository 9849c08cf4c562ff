/** Builds small dataset texts for tests and finds where a value sits in them. */
import type { z } from "zod";
import type { Dataset } from "../../../schema/index.ts";
import { parseDataset, type ParseOptions } from "../../../src/core/dataset/parse.ts";
import type { Problem } from "../../../src/core/dataset/problems.ts";

export type DatasetInput = z.input<typeof Dataset>;

/** A small valid dataset: two actors, a tie with a quote, a source, an event. A fresh copy each call. */
export function minimalDataset(): DatasetInput {
  return {
    schemaVersion: "1.0",
    meta: { title: "Test dataset" },
    sources: [{ id: "memo", title: "A memo", url: "https://example.org/memo" }],
    actors: [
      { id: "abish", name: "Abish", kind: "person", domains: ["security"], roles: ["patron"] },
      { id: "knb", name: "KNB", kind: "institution", domains: ["security"], roles: ["enforcer"] },
    ],
    ties: [
      {
        id: "abish-knb",
        source: "abish",
        target: "knb",
        type: "control",
        certainty: "alleged",
        evidence: [{ source: "memo", quote: "under the control of Abish" }],
      },
    ],
    events: [{ id: "riot", title: "Riot", date: "2022-01-05", participants: [{ actor: "abish" }] }],
  };
}

export interface Checked {
  text: string;
  problems: Problem[];
}

/** Applies `change` to a minimal dataset, writes it as indented JSON and validates it. */
export function check(change: (d: DatasetInput) => void, options?: ParseOptions): Checked {
  const data = minimalDataset();
  change(data);
  const text = JSON.stringify(data, null, 2);
  return { text, problems: parseDataset(text, options).problems };
}

/** 1-based line and column of the `occurrence`-th appearance of `needle` in `text`. */
export function positionOf(
  text: string,
  needle: string,
  occurrence = 1,
): { line: number; column: number } {
  let offset = -1;
  for (let n = 0; n < occurrence; n++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`'${needle}' occurs fewer than ${occurrence} times`);
  }
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
