/** The right-hand panel: details of whatever is selected. */
import type { Selection } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { ActorDetails } from "./ActorDetails.tsx";
import { EventDetails } from "./EventDetails.tsx";
import { TieDetails } from "./TieDetails.tsx";

interface Props {
  loaded: LoadedDataset;
  selection: Selection | null;
  visibleTies: Set<string>;
  onSelect(selection: Selection | null): void;
  onFocus(actorId: string, depth: 1 | 2): void;
}

export function Inspector({ loaded, selection, visibleTies, onSelect, onFocus }: Props) {
  return (
    <aside className="inspector" aria-label="Inspector">
      {!selection && (
        <div className="inspector-empty">
          <h2>{loaded.dataset.meta.title}</h2>
          {loaded.dataset.meta.description && <p>{loaded.dataset.meta.description}</p>}
          <p>Select an actor or a tie to read its evidence.</p>
        </div>
      )}
      {selection?.kind === "actor" && (
        <ActorDetails
          loaded={loaded}
          actorId={selection.id}
          visibleTies={visibleTies}
          onSelect={onSelect}
          onFocus={onFocus}
        />
      )}
      {selection?.kind === "tie" && (
        <TieDetails loaded={loaded} tieId={selection.id} onSelect={onSelect} />
      )}
      {selection?.kind === "event" && (
        <EventDetails loaded={loaded} eventId={selection.id} onSelect={onSelect} />
      )}
      {selection && (
        <button type="button" className="clear-selection" onClick={() => onSelect(null)}>
          Clear selection
        </button>
      )}
    </aside>
  );
}
