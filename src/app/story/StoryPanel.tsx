/** Story mode: one step at a time, with buttons and arrow keys; the step is in the URL. */
import type { Narrative } from "../../../schema/index.ts";
import { Caption } from "./Caption.tsx";

interface Props {
  narrative: Narrative;
  index: number;
  onStep(index: number): void;
  onExit?(): void;
}

export function StoryPanel({ narrative, index, onStep, onExit }: Props) {
  const step = narrative.steps[index];
  if (!step) return null;
  const last = narrative.steps.length - 1;
  return (
    <section className="story-panel" aria-label={`Story: ${narrative.title}`} aria-live="polite">
      <p className="story-progress">
        {narrative.title} · step {index + 1} of {narrative.steps.length}
      </p>
      <h2>{step.title}</h2>
      <div className="story-caption">
        <Caption text={step.caption} />
      </div>
      <div className="story-buttons">
        <button type="button" onClick={() => onStep(index - 1)} disabled={index === 0}>
          ← Previous
        </button>
        <button type="button" onClick={() => onStep(index + 1)} disabled={index === last}>
          Next →
        </button>
        {onExit && (
          <button type="button" onClick={onExit}>
            Exit story
          </button>
        )}
      </div>
    </section>
  );
}
