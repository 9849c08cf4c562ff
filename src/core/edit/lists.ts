/** Copy-on-write list helpers and a cached id → index lookup. Nothing here mutates its input. */

const indexCache = new WeakMap<readonly { id: string }[], Map<string, number>>();

/**
 * Index of each id in a list (first occurrence). Cached per list: edits
 * replace only the lists they change, so unchanged lists keep their index.
 */
export function idIndex(list: readonly { id: string }[]): Map<string, number> {
  let index = indexCache.get(list);
  if (!index) {
    index = new Map();
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id;
      if (!index.has(id)) index.set(id, i);
    }
    indexCache.set(list, index);
  }
  return index;
}

/** Position of the record `id`, or -1. */
export function indexOfId(list: readonly { id: string }[] | undefined, id: string): number {
  return list ? (idIndex(list).get(id) ?? -1) : -1;
}

/** The record `id`, if any. */
export function findById<T extends { id: string }>(
  list: readonly T[] | undefined,
  id: string,
): T | undefined {
  const i = indexOfId(list, id);
  return i < 0 ? undefined : list![i];
}

export function insertAt<T>(list: readonly T[], item: T, index = list.length): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

/** Replaces a record in place; when its id is unchanged the new list inherits the cached index. */
export function replaceRecord<T extends { id: string }>(
  list: readonly T[],
  index: number,
  item: T,
): T[] {
  const copy = replaceAt(list, index, item);
  const cached = indexCache.get(list);
  if (cached && list[index]?.id === item.id) indexCache.set(copy, cached);
  return copy;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

/** Maps a list, returning the same list when no item changed (so caches keyed on it stay valid). */
export function mapShared<T>(list: readonly T[], fn: (item: T) => T): T[] {
  let copy: T[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    const next = fn(item);
    if (next !== item) {
      copy ??= list.slice();
      copy[i] = next;
    }
  }
  return copy ?? (list as T[]);
}

/** True when `index` is a whole number from 0 to `length` (or `length - 1` when `inside`). */
export function validIndex(index: number, length: number, inside: boolean): boolean {
  return Number.isInteger(index) && index >= 0 && index < length + (inside ? 0 : 1);
}
