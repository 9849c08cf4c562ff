/**
 * What a path end picker offers for a typed text: groups (every actor with a
 * role) whose name matches, then the actors the search finds in any script,
 * among those the filters leave. Lists stay short however large the network:
 * the text narrows them.
 */
import { foldName } from "../../core/search/fold.ts";
import { searchActors } from "../../core/search/search-index.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import type { ComboOption } from "../search/Combobox.tsx";

/** Most actors listed at once. */
export const END_OPTIONS_LIMIT = 30;
/** Networks this small list all their actors before anything is typed. */
export const LIST_ALL_ACTORS = 200;

export interface RoleGroup {
  id: string;
  label: string;
  count: number;
}

export const ROLE_PREFIX = "role:";

/** The roles that eligible actors have, with how many have each. */
export function roleGroups(loaded: LoadedDataset, eligible: ReadonlySet<string>): RoleGroup[] {
  const counts = new Map<string, number>();
  for (const actor of loaded.dataset.actors) {
    if (!eligible.has(actor.id)) continue;
    for (const role of actor.roles) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return loaded.vocabulary.roles
    .filter((role) => counts.has(role.id))
    .map((role) => ({ id: role.id, label: role.label, count: counts.get(role.id)! }));
}

function groupOption(group: RoleGroup): ComboOption {
  return {
    id: ROLE_PREFIX + group.id,
    label: `Every ${group.label.toLowerCase()} (${group.count})`,
    detail: "group",
  };
}

/** The label an end shows once chosen: the actor's name or the group's; "" for none. */
export function endLabel(loaded: LoadedDataset, groups: RoleGroup[], end: string): string {
  if (end === "") return "";
  if (end.startsWith(ROLE_PREFIX)) {
    const group = groups.find((g) => ROLE_PREFIX + g.id === end);
    return group ? groupOption(group).label : end.slice(ROLE_PREFIX.length);
  }
  return loaded.actorsById.get(end)?.name ?? end;
}

export interface EndOptions {
  options: ComboOption[];
  /** A line under the list when it does not show every match. */
  footer?: string;
}

export function endOptions(
  loaded: LoadedDataset,
  eligible: ReadonlySet<string>,
  groups: RoleGroup[],
  text: string,
): EndOptions {
  const folded = foldName(text);
  if (!folded) {
    const options = groups.map(groupOption);
    if (eligible.size > LIST_ALL_ACTORS) {
      return { options, footer: `Type a name to find one of ${eligible.size} actors` };
    }
    const actors = loaded.dataset.actors
      .filter((a) => eligible.has(a.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((a): ComboOption => ({ id: a.id, label: a.name }));
    distinguishNamesakes(actors);
    return { options: [...options, ...actors] };
  }
  const options = groups
    .map(groupOption)
    .filter((option) => foldName(option.label).includes(folded));
  // the search ranks every actor; those the filters hide are passed over
  const hits = searchActors(
    loaded.search,
    text,
    eligible.size === loaded.dataset.actors.length ? END_OPTIONS_LIMIT + 1 : Infinity,
  );
  let shown = 0;
  let more = false;
  for (const hit of hits) {
    if (!eligible.has(hit.actorId)) continue;
    if (shown === END_OPTIONS_LIMIT) {
      more = true;
      break;
    }
    const name = loaded.actorsById.get(hit.actorId)?.name ?? hit.actorId;
    options.push({ id: hit.actorId, label: name, detail: hit.matched !== name ? hit.matched : "" });
    shown++;
  }
  distinguishNamesakes(options);
  return more ? { options, footer: "More actors match: type more of the name" } : { options };
}

/** Actors listed under the same name are told apart by their ids. */
function distinguishNamesakes(options: ComboOption[]): void {
  const counts = new Map<string, number>();
  for (const option of options) counts.set(option.label, (counts.get(option.label) ?? 0) + 1);
  for (const option of options) {
    if (counts.get(option.label)! < 2 || option.id.startsWith(ROLE_PREFIX)) continue;
    option.detail = option.detail ? `${option.detail}, ${option.id}` : option.id;
  }
}
