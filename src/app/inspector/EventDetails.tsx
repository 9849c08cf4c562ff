/** Inspector for one event: when, where, who took part, evidence. */
import { formatEventTime } from "../../core/time/format.ts";
import type { Selection } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { CertaintyBadge } from "./CertaintyBadge.tsx";
import { EvidenceList } from "./EvidenceList.tsx";

export function EventDetails({
  loaded,
  eventId,
  onSelect,
}: {
  loaded: LoadedDataset;
  eventId: string;
  onSelect(selection: Selection): void;
}) {
  const event = loaded.dataset.events?.find((e) => e.id === eventId);
  if (!event) return <p>Unknown event “{eventId}”.</p>;
  const sources = new Map((loaded.dataset.sources ?? []).map((s) => [s.id, s] as const));
  return (
    <article aria-labelledby="inspector-title">
      <h2 id="inspector-title">{event.title}</h2>
      <dl className="facts">
        <dt>When</dt>
        <dd>{formatEventTime(event)}</dd>
        {event.place && (
          <>
            <dt>Where</dt>
            <dd>{event.place}</dd>
          </>
        )}
        {event.certainty && (
          <>
            <dt>Certainty</dt>
            <dd>
              <CertaintyBadge level={event.certainty} />
            </dd>
          </>
        )}
      </dl>
      {event.description && <p className="description">{event.description}</p>}
      {event.participants && event.participants.length > 0 && (
        <>
          <h3>Participants</h3>
          <ul>
            {event.participants.map((p) => (
              <li key={p.actor + (p.role ?? "")}>
                <button
                  type="button"
                  className="link"
                  onClick={() => onSelect({ kind: "actor", id: p.actor })}
                >
                  {loaded.actorsById.get(p.actor)?.name ?? p.actor}
                </button>
                {p.role ? ` — ${p.role}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Evidence</h3>
      <EvidenceList evidence={event.evidence} sources={sources} />
    </article>
  );
}
