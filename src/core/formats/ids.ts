/**
 * Turning foreign ids and labels into Tamyr slugs (`a-z`, `0-9`, single
 * hyphens, at most 120 characters). Latin accents are dropped and Cyrillic
 * (Russian and Kazakh letters) is transliterated, so `Назарбаев` becomes
 * `nazarbaev` rather than nothing.
 */

import { transliterateCyrillic } from "../text/transliterate.ts";

const MAX_SLUG = 120;

/** A slug for any text; empty when the text has no letter or digit that can be written in ASCII. */
export function slugify(text: string): string {
  const lower = text.toLowerCase();
  const ascii = transliterateCyrillic(lower);
  const slug = ascii
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.length > MAX_SLUG ? slug.slice(0, MAX_SLUG).replace(/-+$/, "") : slug;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return text.length <= MAX_SLUG && SLUG.test(text);
}

/** Hands out unique slugs: `alice`, then `alice-2`, `alice-3`… */
export class SlugAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly fallbackPrefix: string) {}

  /** Marks a slug as taken without allocating it. */
  reserve(slug: string): void {
    this.used.add(slug);
  }

  has(slug: string): boolean {
    return this.used.has(slug);
  }

  /** A fresh slug derived from `text`, or `<prefix>-<n>` when the text gives none. */
  allocate(text: string): string {
    const base = slugify(text) || `${this.fallbackPrefix}-${this.used.size + 1}`;
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n++) {
      const suffix = `-${n}`;
      candidate = base.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, "") + suffix;
    }
    this.used.add(candidate);
    return candidate;
  }
}
