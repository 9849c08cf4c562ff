/** "Capture this view as a step": builds a narrative from what is on screen, without touching JSON. */
import { useState } from "react";
import type { Narrative, StepView } from "../../../../schema/index.ts";
import { uniqueId, type EditProblem } from "../../../core/edit/index.ts";
import type { LoadedDataset } from "../../state/loaded-dataset.ts";
import { Field } from "./Field.tsx";

const NEW = "__new__";

export function CaptureStepForm({
  loaded,
  captureView,
  onSave,
}: {
  loaded: LoadedDataset;
  /** The view on screen now, as a step's view. */
  captureView(): StepView;
  onSave(narratives: Narrative[]): EditProblem[];
}) {
  const narratives = loaded.dataset.narratives ?? [];
  const [target, setTarget] = useState(narratives[0]?.id ?? NEW);
  const [storyTitle, setStoryTitle] = useState("");
  const [title, setTitle] = useState("");
  const [caption, setCaption] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className="edit-form"
      aria-label="Capture this view as a story step"
      onSubmit={(e) => {
        e.preventDefault();
        const step = { title: title.trim(), caption: caption.trim(), view: captureView() };
        const existing = narratives.find((n) => n.id === target);
        let next: Narrative[];
        if (existing) {
          next = narratives.map((n) => (n === existing ? { ...n, steps: [...n.steps, step] } : n));
        } else {
          const name = storyTitle.trim() || "Story";
          const id = uniqueId(
            name,
            (candidate) => narratives.some((n) => n.id === candidate),
            "story",
          );
          next = [...narratives, { id, title: name, steps: [step] }];
        }
        const problems = onSave(next);
        if (problems.length)
          setMessage({ ok: false, text: problems.map((p) => p.message).join("; ") });
        else {
          const story = next.find((n) => n.id === target) ?? next[next.length - 1]!;
          setMessage({
            ok: true,
            text: `Captured step ${story.steps.length} of “${story.title}”.`,
          });
          setTarget(story.id);
          setTitle("");
          setCaption("");
        }
      }}
    >
      <p>Captures the filters, time window, focus, selection and highlight now on screen.</p>
      <Field label="Story">
        {(p) => (
          <select {...p} value={target} onChange={(e) => setTarget(e.target.value)}>
            {narratives.map((n) => (
              <option key={n.id} value={n.id}>
                {n.title} ({n.steps.length} steps)
              </option>
            ))}
            <option value={NEW}>A new story…</option>
          </select>
        )}
      </Field>
      {target === NEW && (
        <Field label="New story title">
          {(p) => (
            <input {...p} value={storyTitle} onChange={(e) => setStoryTitle(e.target.value)} />
          )}
        </Field>
      )}
      <Field label="Step title">
        {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="Caption (**bold**, *italic*, [text](https://…) links)">
        {(p) => (
          <textarea {...p} rows={3} value={caption} onChange={(e) => setCaption(e.target.value)} />
        )}
      </Field>
      <button type="submit">Capture this view as a step</button>
      {message && <p role={message.ok ? "status" : "alert"}>{message.text}</p>}
    </form>
  );
}
