/**
 * Collects an import's problems and warnings. Warnings that repeat (a default
 * applied to hundreds of rows) are kept once per kind with their first few
 * places and a count, so that the report stays readable.
 */
import type { ImportIssue, Place } from "./types.ts";

const PLACES_PER_KIND = 3;

export class IssueLog {
  readonly problems: ImportIssue[] = [];
  private readonly warningsByKind = new Map<
    string,
    { issues: ImportIssue[]; count: number; summary: string }
  >();

  problem(place: Place, message: string): void {
    this.problems.push({ ...place, message });
  }

  /**
   * A warning of a given kind. `summary` describes the kind for the closing
   * count ("actors got the default kind 'group'").
   */
  warn(kind: string, place: Place, message: string, summary = message): void {
    let entry = this.warningsByKind.get(kind);
    if (!entry) {
      entry = { issues: [], count: 0, summary };
      this.warningsByKind.set(kind, entry);
    }
    entry.count++;
    if (entry.issues.length < PLACES_PER_KIND) entry.issues.push({ ...place, message });
  }

  get warnings(): ImportIssue[] {
    const out: ImportIssue[] = [];
    for (const entry of this.warningsByKind.values()) {
      out.push(...entry.issues);
      const more = entry.count - entry.issues.length;
      if (more > 0) out.push({ message: `…and ${more} more: ${entry.summary}` });
    }
    return out;
  }
}
