/** A list of records (sources, events) with Edit and Delete; refusals (e.g. a source still cited) are shown. */
import { useState } from "react";
import type { EditProblem } from "../../core/edit/index.ts";

export function RecordList({
  label,
  items,
  render,
  onDelete,
}: {
  label: string;
  items: { id: string; name: string }[];
  render(id: string): React.ReactNode;
  onDelete(id: string): EditProblem[];
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (items.length === 0) return <p>None yet.</p>;
  return (
    <ul className="record-list" aria-label={label}>
      {refusal && (
        <li role="alert" className="field-error">
          {refusal}
        </li>
      )}
      {items.map((item) => (
        <li key={item.id}>
          <span>{item.name}</span>{" "}
          <button
            type="button"
            onClick={() => setEditing(editing === item.id ? null : item.id)}
            aria-label={`Edit ${item.name}`}
          >
            Edit
          </button>{" "}
          <button
            type="button"
            className="danger"
            aria-label={`Delete ${item.name}`}
            onClick={() => {
              const problems = onDelete(item.id);
              setRefusal(problems.length ? problems.map((p) => p.message).join("; ") : null);
            }}
          >
            Delete
          </button>
          {editing === item.id && render(item.id)}
        </li>
      ))}
    </ul>
  );
}
