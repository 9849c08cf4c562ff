/** Add or edit an actor; the edit core validates with the dataset schema and problems show inline. */
import { useState } from "react";
import { ACTOR_KINDS, type Actor } from "../../../../schema/index.ts";
import type { EditProblem } from "../../../core/edit/index.ts";
import type { LoadedDataset } from "../../state/loaded-dataset.ts";
import { Field, TermChoices } from "./Field.tsx";
import { fieldErrors } from "./problems.ts";

function aliasesToText(actor: Actor | undefined): string {
  return (actor?.aliases ?? []).map((a) => (a.lang ? `${a.name} | ${a.lang}` : a.name)).join("\n");
}

function textToAliases(text: string): Actor["aliases"] {
  const aliases = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, lang] = line.split("|").map((s) => s.trim());
      return lang ? { name: name ?? "", lang } : { name: name ?? "" };
    });
  return aliases.length ? aliases : undefined;
}

export function ActorForm({
  loaded,
  actor,
  onSubmit,
  onDelete,
}: {
  loaded: LoadedDataset;
  /** The actor being edited; undefined to add a new one. */
  actor?: Actor;
  onSubmit(actor: Omit<Actor, "id"> & { id?: string }): EditProblem[];
  onDelete?(): void;
}) {
  const [name, setName] = useState(actor?.name ?? "");
  const [kind, setKind] = useState<Actor["kind"]>(actor?.kind ?? "person");
  const [domains, setDomains] = useState<string[]>(actor?.domains ?? []);
  const [roles, setRoles] = useState<string[]>(actor?.roles ?? []);
  const [description, setDescription] = useState(actor?.description ?? "");
  const [aliases, setAliases] = useState(aliasesToText(actor));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      className="edit-form"
      aria-label={actor ? `Edit actor ${actor.name}` : "Add actor"}
      onSubmit={(e) => {
        e.preventDefault();
        const record: Omit<Actor, "id"> & { id?: string } = {
          ...(actor ?? {}),
          name: name.trim(),
          kind,
          domains,
          roles,
        };
        if (description.trim()) record.description = description.trim();
        else delete record.description;
        const parsedAliases = textToAliases(aliases);
        if (parsedAliases) record.aliases = parsedAliases;
        else delete record.aliases;
        const problems = onSubmit(record);
        setErrors(fieldErrors(problems));
        if (problems.length === 0) {
          setDone(actor ? `Saved ${record.name}.` : `Added ${record.name}.`);
          if (!actor) {
            setName("");
            setDomains([]);
            setRoles([]);
            setDescription("");
            setAliases("");
          }
        } else setDone(null);
      }}
    >
      <Field label="Name" error={errors.name}>
        {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="Kind" error={errors.kind}>
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as Actor["kind"])}>
            {ACTOR_KINDS.map((k) => (
              <option key={k} value={k}>
                {k.replace(/-/g, " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TermChoices
        legend="Domains"
        terms={loaded.vocabulary.domains}
        chosen={domains}
        onChange={setDomains}
        error={errors.domains}
      />
      <TermChoices
        legend="Roles"
        terms={loaded.vocabulary.roles}
        chosen={roles}
        onChange={setRoles}
        error={errors.roles}
      />
      <Field
        label="Other names (one per line, optionally “name | language”)"
        error={errors.aliases}
      >
        {(p) => (
          <textarea {...p} rows={2} value={aliases} onChange={(e) => setAliases(e.target.value)} />
        )}
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
      {errors._ && (
        <p className="field-error" role="alert">
          {errors._}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit">{actor ? "Save actor" : "Add actor"}</button>
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete}>
            Delete actor
          </button>
        )}
      </div>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
