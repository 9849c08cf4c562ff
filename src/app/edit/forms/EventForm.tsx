/** Add an event: what happened, when, where, who took part. */
import { useState } from "react";
import type { TamyrEvent } from "../../../../schema/index.ts";
import type { EditProblem } from "../../../core/edit/index.ts";
import type { LoadedDataset } from "../../state/loaded-dataset.ts";
import { Field, TermChoices } from "./Field.tsx";
import { fieldErrors } from "./problems.ts";

export function EventForm({
  loaded,
  onSubmit,
}: {
  loaded: LoadedDataset;
  onSubmit(event: Omit<TamyrEvent, "id">): EditProblem[];
}) {
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [place, setPlace] = useState("");
  const [description, setDescription] = useState("");
  const [participants, setParticipants] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const actors = [...loaded.dataset.actors]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((a) => ({ id: a.id, label: a.name }));
  return (
    <form
      className="edit-form"
      aria-label="Add event"
      onSubmit={(e) => {
        e.preventDefault();
        const record: Omit<TamyrEvent, "id"> = { title: title.trim(), date: date.trim() };
        if (place.trim()) record.place = place.trim();
        if (description.trim()) record.description = description.trim();
        if (participants.length) record.participants = participants.map((actor) => ({ actor }));
        const problems = onSubmit(record);
        setErrors(fieldErrors(problems));
        if (problems.length === 0) {
          setDone(`Added event “${record.title}”.`);
          setTitle("");
          setDate("");
          setPlace("");
          setDescription("");
          setParticipants([]);
        } else setDone(null);
      }}
    >
      <Field label="Title" error={errors.title}>
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Date (YYYY, YYYY-MM or YYYY-MM-DD)" error={errors.date}>
        {(p) => <input {...p} value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label="Place" error={errors.place}>
        {(p) => <input {...p} value={place} onChange={(e) => setPlace(e.target.value)} />}
      </Field>
      <Field label="Description" error={errors.description}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <TermChoices
        legend="Participants"
        terms={actors}
        chosen={participants}
        onChange={setParticipants}
        error={errors.participants}
      />
      <button type="submit">Add event</button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
