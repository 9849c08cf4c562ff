/**
 * Messages between the app and the dataset worker. A valid dataset comes
 * back in pieces (the head, then actors and ties a slice at a time) so that
 * no single message costs the page more than a few tens of milliseconds to
 * take in; the search entries for each slice of actors come with it.
 */
import type { Actor, Dataset, Tie } from "../../schema/index.ts";
import type { Problem } from "../core/dataset/problems.ts";
import type { SearchEntry } from "../core/search/search-index.ts";

/**
 * The text, the file's bytes (transferred, and decoded in the worker as the
 * browser decodes a file), or the absolute address of a linked file, which
 * the worker fetches itself.
 */
export type ParseRequest = { text: string | ArrayBuffer } | { url: string };

export type FromDatasetWorker =
  | { kind: "progress"; stage: "validating" }
  | { kind: "problems"; problems: Problem[] }
  /** The dataset without its actors and ties, and how many of each follow. */
  | { kind: "head"; head: Dataset; actors: number; ties: number }
  | { kind: "actors"; actors: Actor[]; entries: SearchEntry[] }
  | { kind: "ties"; ties: Tie[] }
  | { kind: "done" }
  | { kind: "failed"; message: string };

/** Records per message: a slice the page takes in within a frame or two. */
export const ACTOR_SLICE = 2500;
export const TIE_SLICE = 5000;
