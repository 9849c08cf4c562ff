/** Add a domain, role or tie type to the dataset's vocabulary, with its colour, shape or direction. */
import { useState } from "react";
import {
  NODE_SHAPES,
  type DomainTerm,
  type RoleTerm,
  type TieTypeTerm,
} from "../../../../schema/index.ts";
import type { EditProblem, TermList } from "../../../core/edit/index.ts";
import { Field } from "./Field.tsx";
import { fieldErrors } from "./problems.ts";

type AnyTerm = Omit<DomainTerm, "id"> | Omit<RoleTerm, "id"> | Omit<TieTypeTerm, "id">;

export function VocabularyForm({
  onSubmit,
}: {
  onSubmit(list: TermList, term: AnyTerm): EditProblem[];
}) {
  const [list, setList] = useState<TermList>("domains");
  const [label, setLabel] = useState("");
  const [color, setColor] = useState("#6a5acd");
  const [shape, setShape] = useState<RoleTerm["shape"]>("ellipse");
  const [directed, setDirected] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      className="edit-form"
      aria-label="Add vocabulary term"
      onSubmit={(e) => {
        e.preventDefault();
        const term: AnyTerm =
          list === "domains"
            ? { label: label.trim(), color }
            : list === "roles"
              ? { label: label.trim(), shape }
              : { label: label.trim(), color, directed, arrow: directed ? "triangle" : "none" };
        const problems = onSubmit(list, term);
        setErrors(fieldErrors(problems));
        setDone(problems.length === 0 ? `Added “${term.label}”.` : null);
        if (problems.length === 0) setLabel("");
      }}
    >
      <Field label="Kind of term">
        {(p) => (
          <select {...p} value={list} onChange={(e) => setList(e.target.value as TermList)}>
            <option value="domains">Domain (colour)</option>
            <option value="roles">Role (shape)</option>
            <option value="tieTypes">Tie type (colour, direction)</option>
          </select>
        )}
      </Field>
      <Field label="Label" error={errors.label ?? errors._}>
        {(p) => <input {...p} value={label} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      {list !== "roles" && (
        <Field label="Colour" error={errors.color}>
          {(p) => (
            <input {...p} type="color" value={color} onChange={(e) => setColor(e.target.value)} />
          )}
        </Field>
      )}
      {list === "roles" && (
        <Field label="Shape">
          {(p) => (
            <select
              {...p}
              value={shape}
              onChange={(e) => setShape(e.target.value as RoleTerm["shape"])}
            >
              {NODE_SHAPES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {list === "tieTypes" && (
        <label className="inline-check">
          <input
            type="checkbox"
            checked={directed}
            onChange={(e) => setDirected(e.target.checked)}
          />
          Directed (drawn with an arrow)
        </label>
      )}
      <button type="submit">Add term</button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
