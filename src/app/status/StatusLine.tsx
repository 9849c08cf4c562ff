/** Always says what is on screen. */
import type { FilterState } from "../../core/filter/filter-state.ts";
import type { Visibility } from "../../core/filter/visible.ts";
import type { Focus } from "../../core/view/view-state.ts";

export function statusText(
  visibility: Visibility,
  totals: { actors: number; ties: number },
  filters: FilterState,
  focus: (Focus & { name: string }) | null,
  highlight: { actors: string[]; what: string } | null = null,
): string {
  const parts = [
    `Showing ${visibility.actors.size} of ${totals.actors} actors · ${visibility.ties.size} of ${totals.ties} ties`,
  ];
  if (focus) parts.push(`focus: ${focus.name}, ${focus.depth} step${focus.depth > 1 ? "s" : ""}`);
  if (highlight) parts.push(`${highlight.what} highlighted (${highlight.actors.length} actors)`);
  if (filters.window) {
    parts.push(
      filters.window.start === filters.window.end
        ? `as of ${filters.window.start}`
        : `${filters.window.start} to ${filters.window.end}`,
    );
    if (visibility.undatedTies.size > 0)
      parts.push(`${visibility.undatedTies.size} undated ties marked`);
  }
  return parts.join(" · ");
}

export function StatusLine({ text }: { text: string }) {
  return (
    <p className="status-line" role="status" aria-live="polite">
      {text}
    </p>
  );
}
