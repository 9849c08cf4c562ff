/** Markdown table and number formatting for the report. */

/** A markdown table; columns in `left` (by index) are left-aligned, the others right-aligned. */
export function table(
  headers: string[],
  rows: (string | number)[][],
  left: number[] = [0],
): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
  const align = headers.map((_, i) => (left.includes(i) ? "---" : "---:"));
  return [line(headers), `|${align.join("|")}|`, ...rows.map(line)].join("\n");
}

/** A duration: ms below 10 s, else seconds. */
export function ms(value: number | undefined | null): string {
  if (value === undefined || value === null || Number.isNaN(value)) return "–";
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 1) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export const mb = (value: number | undefined | null) =>
  value === undefined || value === null ? "–" : `${Math.round(value)} MB`;

export const count = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
