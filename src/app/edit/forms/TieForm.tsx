/** Add or edit a tie, with the evidence behind it: a source and the quote that proves it. */
import { useState } from "react";
import {
  CERTAINTY_INFO,
  CERTAINTY_LEVELS,
  type Certainty,
  type Evidence,
  type Tie,
} from "../../../../schema/index.ts";
import type { EditProblem } from "../../../core/edit/index.ts";
import type { LoadedDataset } from "../../state/loaded-dataset.ts";
import { Field } from "./Field.tsx";
import { fieldErrors } from "./problems.ts";

export interface TieDraft {
  source?: string;
  target?: string;
}

export function TieForm({
  loaded,
  tie,
  draft,
  onSubmit,
  onDelete,
}: {
  loaded: LoadedDataset;
  tie?: Tie;
  draft?: TieDraft;
  onSubmit(tie: Omit<Tie, "id"> & { id?: string }): EditProblem[];
  onDelete?(): void;
}) {
  const actors = [...loaded.dataset.actors].sort((a, b) => a.name.localeCompare(b.name));
  const sources = loaded.dataset.sources ?? [];
  const [source, setSource] = useState(tie?.source ?? draft?.source ?? "");
  const [target, setTarget] = useState(tie?.target ?? draft?.target ?? "");
  const [type, setType] = useState(tie?.type ?? loaded.vocabulary.tieTypes[0]?.id ?? "");
  const [certainty, setCertainty] = useState<Certainty>(tie?.certainty ?? "reported");
  const [label, setLabel] = useState(tie?.label ?? "");
  const [start, setStart] = useState(tie?.period?.start ?? "");
  const [end, setEnd] = useState(tie?.period?.end ?? "");
  const first = tie?.evidence?.[0];
  const [evidenceSource, setEvidenceSource] = useState(first?.source ?? sources[0]?.id ?? "");
  const [quote, setQuote] = useState(first?.quote ?? "");
  const [hedge, setHedge] = useState(first?.hedge ?? "");
  const [locator, setLocator] = useState(first?.locator ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  // sources may be added after the form first appeared: fall back to the first one
  const chosenSource = sources.some((s) => s.id === evidenceSource)
    ? evidenceSource
    : (sources[0]?.id ?? "");
  const actorSelect = (value: string, set: (v: string) => void) => (p: object) => (
    <select {...p} value={value} onChange={(e) => set(e.target.value)}>
      <option value="">— choose —</option>
      {actors.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
  return (
    <form
      className="edit-form"
      aria-label={tie ? "Edit tie" : "Add tie"}
      onSubmit={(e) => {
        e.preventDefault();
        const record: Omit<Tie, "id"> & { id?: string } = {
          ...(tie ?? {}),
          source,
          target,
          type,
          certainty,
        };
        if (label.trim()) record.label = label.trim();
        else delete record.label;
        if (start || end) record.period = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
        else delete record.period;
        if (quote.trim()) {
          const item: Evidence = { source: chosenSource, quote: quote.trim() };
          if (hedge.trim()) item.hedge = hedge.trim();
          if (locator.trim()) item.locator = locator.trim();
          record.evidence = [item, ...(tie?.evidence?.slice(1) ?? [])];
        }
        const problems = onSubmit(record);
        setErrors(fieldErrors(problems));
        setDone(problems.length === 0 ? (tie ? "Tie saved." : "Tie added.") : null);
      }}
    >
      <Field label="From" error={errors.source}>
        {actorSelect(source, setSource)}
      </Field>
      <Field label="To" error={errors.target}>
        {actorSelect(target, setTarget)}
      </Field>
      <Field label="Tie type" error={errors.type}>
        {(p) => (
          <select {...p} value={type} onChange={(e) => setType(e.target.value)}>
            {loaded.vocabulary.tieTypes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Certainty" error={errors.certainty}>
        {(p) => (
          <select
            {...p}
            value={certainty}
            onChange={(e) => setCertainty(e.target.value as Certainty)}
          >
            {CERTAINTY_LEVELS.map((c) => (
              <option key={c} value={c}>
                {CERTAINTY_INFO[c].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Label (e.g. younger brother)" error={errors.label}>
        {(p) => <input {...p} value={label} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      <div className="field-row">
        <Field label="From date (YYYY, YYYY-MM or YYYY-MM-DD)" error={errors.period}>
          {(p) => <input {...p} value={start} onChange={(e) => setStart(e.target.value)} />}
        </Field>
        <Field label="Until date">
          {(p) => <input {...p} value={end} onChange={(e) => setEnd(e.target.value)} />}
        </Field>
      </div>
      <fieldset className="evidence-fields">
        <legend>Evidence</legend>
        {sources.length === 0 && <p>Add a source first (Sources below), then quote it here.</p>}
        <Field label="Source" error={errors.evidence}>
          {(p) => (
            <select {...p} value={chosenSource} onChange={(e) => setEvidenceSource(e.target.value)}>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Quote (paste the source's exact words)">
          {(p) => (
            <textarea {...p} rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
          )}
        </Field>
        <Field label="The source's hedge, if any (e.g. “believed to”)">
          {(p) => <input {...p} value={hedge} onChange={(e) => setHedge(e.target.value)} />}
        </Field>
        <Field label="Where in the source (page, section)">
          {(p) => <input {...p} value={locator} onChange={(e) => setLocator(e.target.value)} />}
        </Field>
      </fieldset>
      {errors._ && (
        <p className="field-error" role="alert">
          {errors._}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit">{tie ? "Save tie" : "Add tie"}</button>
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete}>
            Delete tie
          </button>
        )}
      </div>
      {done && <p role="status">{done}</p>}
    </form>
  );
}
