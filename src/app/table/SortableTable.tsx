/**
 * An accessible, sortable table. Column headers are buttons that announce the
 * sort order; each row's first cell holds a button that selects the row.
 */
import { useMemo, useState } from "react";

export interface Column<Row> {
  key: string;
  label: string;
  value(row: Row): string | number;
  render?(row: Row): React.ReactNode;
}

interface Props<Row> {
  caption: string;
  rows: Row[];
  columns: Column<Row>[];
  rowId(row: Row): string;
  rowLabel(row: Row): string;
  selectedId: string | null;
  onSelect(id: string): void;
  /** Rows beyond this are not rendered; a note says how to narrow the list. */
  limit?: number;
}

export function SortableTable<Row>({
  caption,
  rows,
  columns,
  rowId,
  rowLabel,
  selectedId,
  onSelect,
  limit = 1000,
}: Props<Row>) {
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>({
    key: columns[0]?.key ?? "",
    dir: 1,
  });
  const [text, setText] = useState("");
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    const needle = text.trim().toLowerCase();
    const filtered = needle
      ? rows.filter((r) => columns.some((c) => String(c.value(r)).toLowerCase().includes(needle)))
      : rows;
    if (!column) return filtered;
    return [...filtered].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order =
        typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return order * sort.dir;
    });
  }, [rows, columns, sort, text]);
  const shown = sorted.slice(0, limit);
  return (
    <div className="sortable-table">
      <label>
        Filter {caption.toLowerCase()}{" "}
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <table>
        <caption>
          {caption}: {sorted.length} rows
          {sorted.length > shown.length ? ` (first ${shown.length} shown; filter to narrow)` : ""}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={
                  sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : "none"
                }
              >
                <button
                  type="button"
                  onClick={() =>
                    setSort((s) => ({
                      key: c.key,
                      dir: s.key === c.key ? (s.dir === 1 ? -1 : 1) : 1,
                    }))
                  }
                >
                  {c.label}
                  <span aria-hidden="true">
                    {sort.key === c.key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const id = rowId(row);
            return (
              <tr
                key={id}
                aria-selected={id === selectedId}
                className={id === selectedId ? "selected" : ""}
              >
                {columns.map((c, i) =>
                  i === 0 ? (
                    <th key={c.key} scope="row">
                      <button
                        type="button"
                        className="link"
                        aria-label={`Select ${rowLabel(row)}`}
                        aria-pressed={id === selectedId}
                        onClick={() => onSelect(id)}
                      >
                        {c.render ? c.render(row) : c.value(row)}
                      </button>
                    </th>
                  ) : (
                    <td key={c.key}>{c.render ? c.render(row) : c.value(row)}</td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
