/**
 * Checks for vocabulary edits. A term that records still use cannot be
 * deleted (nor dropped by `base: "none"` or a replaced vocabulary): the
 * refusal names the records, which the curator changes first. A rename never
 * merges two terms: the new id must be unused.
 */
import {
  crossReference,
  DomainTerm,
  resolveVocabulary,
  RoleTerm,
  TieTypeTerm,
  Vocabulary,
  type Dataset,
} from "../../../schema/index.ts";
import { formatPath } from "../dataset/problems.ts";
import { schemaProblems } from "./check-record.ts";
import { listNames, quote, termLabel } from "./labels.ts";
import { validIndex } from "./lists.ts";
import {
  TERM_NOUNS,
  type AddTerm,
  type DeleteTerm,
  type EditProblem,
  type SetVocabulary,
  type SetVocabularyBase,
  type TermList,
  type UpdateTerm,
} from "./operations.ts";
import { nextVocabulary, ownTerms } from "./produce-vocabulary.ts";
import { termUsers } from "./references.ts";

type VocabularyOperation = AddTerm | UpdateTerm | DeleteTerm | SetVocabularyBase | SetVocabulary;

const TERM_SCHEMAS = { domains: DomainTerm, roles: RoleTerm, tieTypes: TieTypeTerm } as const;
const LISTS: TermList[] = ["domains", "roles", "tieTypes"];

function problem(path: string, message: string): EditProblem[] {
  return [{ path, message }];
}

/** Terms that records use but `vocabulary` would no longer offer. */
function droppedTermProblems(dataset: Dataset, vocabulary: Vocabulary | null): EditProblem[] {
  const before = resolveVocabulary(dataset.vocabulary);
  const after = resolveVocabulary(vocabulary ?? undefined);
  const problems: EditProblem[] = [];
  for (const list of LISTS) {
    const kept = new Set(after[list].map((t) => t.id));
    for (const term of before[list]) {
      if (kept.has(term.id)) continue;
      const users = termUsers(dataset, list, term.id);
      if (users.length > 0) {
        problems.push({
          path: "",
          message: `${termLabel(dataset, list, term.id)} is still used by ${listNames(users)}; change ${users.length === 1 ? "it" : "them"} first`,
        });
      }
    }
  }
  return problems;
}

function checkTerm(dataset: Dataset, op: AddTerm | UpdateTerm): EditProblem[] {
  const structural = schemaProblems(TERM_SCHEMAS[op.list], op.term);
  if (structural.length > 0) return structural;
  const noun = TERM_NOUNS[op.list];
  const own = ownTerms(dataset, op.list);
  const id = op.term.id;
  if (op.kind === "updateTerm" && id === op.id) return [];
  if (op.kind === "updateTerm" && !own.some((t) => t.id === op.id)) {
    return problem("id", `${quote(op.id)} is a built-in ${noun}: its id cannot be changed`);
  }
  const twin = own.find((t) => t.id === id);
  if (twin) return problem("id", `id '${id}' is already used by ${noun} ${quote(twin.label)}`);
  const users = op.kind === "updateTerm" ? termUsers(dataset, op.list, id) : [];
  if (users.length > 0) {
    return problem("id", `id '${id}' is already used by ${listNames(users)}; choose another id`);
  }
  return [];
}

function checkWholeVocabulary(vocabulary: unknown): EditProblem[] {
  if (vocabulary === null) return [];
  const structural = schemaProblems(Vocabulary, vocabulary);
  if (structural.length > 0) return structural;
  return crossReference({ vocabulary: vocabulary as Vocabulary, actors: [], ties: [] }).map(
    (issue) => ({
      path: formatPath(issue.path.slice(1)),
      message: issue.message,
    }),
  );
}

export function checkVocabularyOperation(dataset: Dataset, op: VocabularyOperation): EditProblem[] {
  if (op.kind === "setVocabulary") {
    const problems = checkWholeVocabulary(op.vocabulary);
    return problems.length > 0 ? problems : droppedTermProblems(dataset, op.vocabulary);
  }
  if (op.kind === "setVocabularyBase") {
    if (op.base !== null && op.base !== "default" && op.base !== "none") {
      return problem("base", "must be default, none or null");
    }
    return droppedTermProblems(dataset, nextVocabulary(dataset, op));
  }
  const noun = TERM_NOUNS[op.list] as string | undefined;
  if (!noun) return problem("list", "must be domains, roles or tieTypes");
  if (op.kind === "addTerm") {
    if (op.index !== undefined && !validIndex(op.index, ownTerms(dataset, op.list).length, false)) {
      return problem("index", "is outside the list");
    }
    return checkTerm(dataset, op);
  }
  const known = resolveVocabulary(dataset.vocabulary)[op.list].some((t) => t.id === op.id);
  if (!known) return problem("", `there is no ${noun} '${op.id}'`);
  if (op.kind === "updateTerm") return checkTerm(dataset, op);
  if (!ownTerms(dataset, op.list).some((t) => t.id === op.id)) {
    return problem(
      "",
      `${termLabel(dataset, op.list, op.id)} is built in: it can be edited but not deleted`,
    );
  }
  return droppedTermProblems(dataset, nextVocabulary(dataset, op));
}
