/** A multi-select checklist of vocabulary terms with counts and all/none/only shortcuts. */
import { useId } from "react";

export interface ChecklistTerm {
  id: string;
  label: string;
  count: number;
  /** A swatch or symbol drawn before the label. */
  marker?: React.ReactNode;
  description?: string;
}

export interface TermChecklistProps {
  title: string;
  terms: ChecklistTerm[];
  hidden: string[];
  onChange(hidden: string[]): void;
}

export function TermChecklist({ title, terms, hidden, onChange }: TermChecklistProps) {
  const headingId = useId();
  const hiddenSet = new Set(hidden);
  const toggle = (id: string) => {
    const next = new Set(hiddenSet);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange([...next]);
  };
  return (
    <fieldset className="checklist" aria-labelledby={headingId}>
      <legend id={headingId}>{title}</legend>
      <div className="checklist-shortcuts">
        <button
          type="button"
          onClick={() => onChange([])}
          aria-label={`Show all ${title.toLowerCase()}`}
        >
          all
        </button>
        <button
          type="button"
          onClick={() => onChange(terms.map((t) => t.id))}
          aria-label={`Hide all ${title.toLowerCase()}`}
        >
          none
        </button>
      </div>
      <ul>
        {terms.map((term) => (
          <li key={term.id}>
            <label title={term.description}>
              <input
                type="checkbox"
                checked={!hiddenSet.has(term.id)}
                onChange={() => toggle(term.id)}
              />
              {term.marker}
              <span className="term-label">{term.label}</span>
              <span className="term-count" aria-label={`${term.count} in dataset`}>
                {term.count}
              </span>
            </label>
            <button
              type="button"
              className="only"
              onClick={() => onChange(terms.filter((t) => t.id !== term.id).map((t) => t.id))}
              aria-label={`Only ${term.label}`}
            >
              only
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
