/** A labelled form field with its inline error, announced to screen readers. */
import { useId } from "react";

export function Field({
  label,
  error,
  children,
}: {
  label: string;
  error?: string;
  children: (props: {
    id: string;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
  }) => React.ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? "field invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { "aria-invalid": true, "aria-describedby": errorId } : {}) })}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Checkboxes for choosing several vocabulary terms. */
export function TermChoices({
  legend,
  terms,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  terms: { id: string; label: string }[];
  chosen: string[];
  onChange(ids: string[]): void;
  error?: string;
}) {
  return (
    <fieldset className={error ? "term-choices invalid" : "term-choices"}>
      <legend>{legend}</legend>
      {terms.map((t) => (
        <label key={t.id} className="inline-check">
          <input
            type="checkbox"
            checked={chosen.includes(t.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, t.id] : chosen.filter((c) => c !== t.id))
            }
          />
          {t.label}
        </label>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
