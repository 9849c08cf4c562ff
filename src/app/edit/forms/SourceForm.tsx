/** Add a source that evidence can quote. */
import { useState } from "react";
import { SOURCE_KINDS, type Source } from "../../../../schema/index.ts";
import type { EditProblem } from "../../../core/edit/index.ts";
import { Field } from "./Field.tsx";
import { fieldErrors } from "./problems.ts";

export function SourceForm({
  source,
  onSubmit,
}: {
  /** The source being edited; undefined to add one. */
  source?: Source;
  onSubmit(source: Omit<Source, "id">): EditProblem[];
}) {
  const [title, setTitle] = useState(source?.title ?? "");
  const [authors, setAuthors] = useState(source?.authors?.join("; ") ?? "");
  const [publisher, setPublisher] = useState(source?.publisher ?? "");
  const [date, setDate] = useState(source?.date ?? "");
  const [url, setUrl] = useState(source?.url ?? "");
  const [kind, setKind] = useState<NonNullable<Source["kind"]>>(source?.kind ?? "article");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      className="edit-form"
      aria-label={source ? `Edit source ${source.title}` : "Add source"}
      onSubmit={(e) => {
        e.preventDefault();
        const record: Omit<Source, "id"> = {
          ...(source?.note ? { note: source.note } : {}),
          title: title.trim(),
          kind,
        };
        const names = authors
          .split(/[;\n]/)
          .map((a) => a.trim())
          .filter(Boolean);
        if (names.length) record.authors = names;
        if (publisher.trim()) record.publisher = publisher.trim();
        if (date.trim()) record.date = date.trim();
        if (url.trim()) record.url = url.trim();
        const problems = onSubmit(record);
        setErrors(fieldErrors(problems));
        if (problems.length === 0 && source) setDone(`Saved source “${record.title}”.`);
        else if (problems.length === 0) {
          setDone(`Added source “${record.title}”.`);
          setTitle("");
          setAuthors("");
          setPublisher("");
          setDate("");
          setUrl("");
        } else setDone(null);
      }}
    >
      <Field label="Title" error={errors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Authors (separated by ;)" error={errors.authors}>
        {(p) => <input {...p} value={authors} onChange={(e) => setAuthors(e.target.value)} />}
      </Field>
      <Field label="Publisher" error={errors.publisher}>
        {(p) => <input {...p} value={publisher} onChange={(e) => setPublisher(e.target.value)} />}
      </Field>
      <Field label="Date (YYYY, YYYY-MM or YYYY-MM-DD)" error={errors.date}>
        {(p) => <input {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label="Link (https://…)" error={errors.url}>
        {(p) => <input {...p} value={url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      <Field label="Kind of source" error={errors.kind}>
        {(p) => (
          <select
            {...p}
            value={kind}
            onChange={(e) => setKind(e.target.value as NonNullable<Source["kind"]>)}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k.replace(/-/g, " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit">{source ? "Save source" : "Add source"}</button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
