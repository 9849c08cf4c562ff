/**
 * Producers for the vocabulary. Every vocabulary edit is undone by putting
 * the previous vocabulary object back (setVocabulary), except a term rename,
 * which is undone by renaming back so that the records' references follow.
 */
import { resolveVocabulary, type Dataset, type Vocabulary } from "../../../schema/index.ts";
import { insertAt, removeAt, replaceAt, validIndex } from "./lists.ts";
import type {
  AddTerm,
  AnyTerm,
  DeleteTerm,
  Operation,
  SetVocabularyBase,
  TermList,
  UpdateTerm,
} from "./operations.ts";
import { EditError, type Produced } from "./produce-records.ts";
import { renameTermReferences } from "./references.ts";
import type { Workspace } from "./workspace.ts";

export function ownTerms(dataset: Dataset, list: TermList): readonly AnyTerm[] {
  return dataset.vocabulary?.[list] ?? [];
}

/** The vocabulary with one list replaced; empty lists and an empty vocabulary are dropped. */
export function withOwnTerms(
  vocabulary: Vocabulary | undefined,
  list: TermList,
  terms: AnyTerm[],
): Vocabulary | null {
  const next: Record<string, unknown> = { ...vocabulary, [list]: terms };
  if (terms.length === 0) delete next[list];
  return Object.keys(next).length === 0 ? null : (next as Vocabulary);
}

export function setVocabulary(workspace: Workspace, vocabulary: Vocabulary | null): Produced {
  const previous = workspace.dataset.vocabulary;
  const dataset: Dataset = { ...workspace.dataset };
  if (vocabulary === null) delete dataset.vocabulary;
  else dataset.vocabulary = vocabulary;
  return {
    workspace: { ...workspace, dataset },
    inverse: { kind: "setVocabulary", vocabulary: previous ?? null },
  };
}

/** The vocabulary an add, update, delete or base change leads to. */
export function nextVocabulary(
  dataset: Dataset,
  op: AddTerm | UpdateTerm | DeleteTerm | SetVocabularyBase,
): Vocabulary | null {
  const vocabulary = dataset.vocabulary;
  if (op.kind === "setVocabularyBase") {
    const next: Record<string, unknown> = { ...vocabulary, base: op.base };
    if (op.base === null) delete next.base;
    return Object.keys(next).length === 0 ? null : (next as Vocabulary);
  }
  const own = ownTerms(dataset, op.list);
  if (op.kind === "addTerm") {
    if (op.index !== undefined && !validIndex(op.index, own.length, false)) {
      throw new EditError(`no ${op.list} position ${op.index}`);
    }
    return withOwnTerms(vocabulary, op.list, insertAt(own, op.term, op.index));
  }
  const i = own.findIndex((term) => term.id === op.id);
  if (op.kind === "updateTerm") {
    if (i < 0 && !resolveVocabulary(vocabulary)[op.list].some((term) => term.id === op.id)) {
      throw new EditError(`no ${op.list} term '${op.id}'`);
    }
    // editing a built-in term adds an override after the dataset's own terms
    const terms = i < 0 ? insertAt(own, op.term) : replaceAt(own, i, op.term);
    return withOwnTerms(vocabulary, op.list, terms);
  }
  if (i < 0) throw new EditError(`no own ${op.list} term '${op.id}'`);
  return withOwnTerms(vocabulary, op.list, removeAt(own, i));
}

export function produceVocabulary(
  workspace: Workspace,
  op: AddTerm | UpdateTerm | DeleteTerm | SetVocabularyBase,
): Produced {
  const produced = setVocabulary(workspace, nextVocabulary(workspace.dataset, op));
  if (op.kind !== "updateTerm" || op.term.id === op.id) return produced;
  const old = ownTerms(workspace.dataset, op.list).find((term) => term.id === op.id);
  if (!old) throw new EditError(`only the dataset's own terms can be renamed, not '${op.id}'`);
  const dataset = renameTermReferences(produced.workspace.dataset, op.list, op.id, op.term.id);
  const inverse = { kind: "updateTerm", list: op.list, id: op.term.id, term: old } as Operation;
  return { workspace: { ...produced.workspace, dataset }, inverse };
}
