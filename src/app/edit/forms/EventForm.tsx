/** Add an event: what happened, when, where, who took part. */
import { useState } from "react";
import type { TamyrEvent } from "../../../../schema/index.ts";
import type { EditProblem } from "../../../core/edit/index.ts";
import type { LoadedDataset } from "../../state/loaded-dataset.ts";
import { Field, TermChoices } from "./Field.tsx";
import { fieldErrors } from "./problems.ts";

export function EventForm({
  loaded,
  event,
  onSubmit,
}: {
  loaded: LoadedDataset;
  /** The event being edited; undefined to add one. */
  event?: TamyrEvent;
  onSubmit(event: Omit<TamyrEvent, "id">): EditProblem[];
}) {
  const [title, setTitle] = useState(event?.title ?? "");
  const [date, setDate] = useState(event?.date ?? "");
  const [place, setPlace] = useState(event?.place ?? "");
  const [description, setDescription] = useState(event?.description ?? "");
  const [participants, setParticipants] = useState<string[]>(
    (event?.participants ?? []).map((p) => p.actor),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const actors = [...loaded.dataset.actors]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((a) => ({ id: a.id, label: a.name }));
  return (
    <form
      className="edit-form"
      aria-label={event ? `Edit event ${event.title}` : "Add event"}
      onSubmit={(e) => {
        e.preventDefault();
        const kept: Partial<TamyrEvent> = { ...event };
        delete kept.id;
        const record: Omit<TamyrEvent, "id"> = { ...kept, title: title.trim(), date: date.trim() };
        if (!date.trim() && event?.period) {
          delete record.date;
        }
        if (place.trim()) record.place = place.trim();
        if (description.trim()) record.description = description.trim();
        const roles = new Map((event?.participants ?? []).map((p) => [p.actor, p.role] as const));
        if (participants.length) {
          record.participants = participants.map((actor) => {
            const role = roles.get(actor);
            return role ? { actor, role } : { actor };
          });
        } else delete record.participants;
        const problems = onSubmit(record);
        setErrors(fieldErrors(problems));
        if (problems.length === 0 && event) setDone(`Saved event “${record.title}”.`);
        else if (problems.length === 0) {
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
      <button type="submit">{event ? "Save event" : "Add event"}</button>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
