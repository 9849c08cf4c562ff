/** Sketching: the workspace bar and the forms that add and edit actors, ties, sources, events and terms. */
import type { Actor, Tie } from "../../../schema/index.ts";
import { newRecordId, newTermId, newTieId, type EditProblem } from "../../core/edit/index.ts";
import type { Selection } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { ActorForm } from "./forms/ActorForm.tsx";
import { EventForm } from "./forms/EventForm.tsx";
import { SourceForm } from "./forms/SourceForm.tsx";
import { TieForm, type TieDraft } from "./forms/TieForm.tsx";
import { VocabularyForm } from "./forms/VocabularyForm.tsx";
import { RecordList } from "./RecordList.tsx";
import { TermList } from "./TermList.tsx";
import { CaptureStepForm } from "./forms/CaptureStepForm.tsx";
import type { StepView } from "../../../schema/index.ts";
import type { WorkspaceSession } from "./useWorkspaceSession.ts";

interface Props {
  loaded: LoadedDataset;
  session: WorkspaceSession;
  selection: Selection | null;
  tieDraft: TieDraft | null;
  drawing: boolean;
  onDrawing(drawing: boolean): void;
  onSelect(selection: Selection | null): void;
  /** Where a new actor appears: the middle of the current view. */
  newActorPosition(): { x: number; y: number } | undefined;
  workspaceBar: React.ReactNode;
  /** The view on screen, as a narrative step's view. */
  captureView(): StepView;
}

export function EditPanel(props: Props) {
  const { loaded, session, selection, tieDraft, drawing, onDrawing, onSelect } = props;
  const dataset = loaded.dataset;
  const selectedActor =
    selection?.kind === "actor" ? loaded.actorsById.get(selection.id) : undefined;
  const selectedTie = selection?.kind === "tie" ? loaded.tiesById.get(selection.id) : undefined;

  const addActor = (record: Omit<Actor, "id"> & { id?: string }): EditProblem[] => {
    const id = newRecordId(dataset, "actors", record.name || "actor");
    const position = props.newActorPosition();
    const problems = session.apply({
      kind: "addActor",
      record: { ...record, id } as Actor,
      ...(position ? { position } : {}),
    });
    if (problems.length === 0) onSelect({ kind: "actor", id });
    return problems;
  };
  const addTie = (record: Omit<Tie, "id"> & { id?: string }): EditProblem[] => {
    const id = newTieId(dataset, {
      source: record.source,
      target: record.target,
      type: record.type,
    });
    const problems = session.apply({ kind: "addTie", record: { ...record, id } as Tie });
    if (problems.length === 0) onSelect({ kind: "tie", id });
    return problems;
  };
  const confirmDelete = (what: string) => window.confirm(`Delete ${what}? You can undo this.`);

  return (
    <section className="edit-panel" aria-labelledby="edit-title">
      <h2 id="edit-title">Sketch and edit</h2>
      {session.storageError && (
        <div className="notice" role="alert">
          {session.storageError}
        </div>
      )}
      {props.workspaceBar}
      <label className="inline-check draw-toggle">
        <input type="checkbox" checked={drawing} onChange={(e) => onDrawing(e.target.checked)} />
        Draw ties by dragging from one actor to another
      </label>
      {selectedActor && (
        <details open>
          <summary>Edit selected actor: {selectedActor.name}</summary>
          <ActorForm
            key={`${selectedActor.id}:${JSON.stringify(selectedActor)}`}
            loaded={loaded}
            actor={selectedActor}
            onSubmit={(record) =>
              session.apply(
                {
                  kind: "updateActor",
                  id: selectedActor.id,
                  record: { ...record, id: selectedActor.id } as Actor,
                },
                `actor:${selectedActor.id}`,
              )
            }
            onDelete={() => {
              if (confirmDelete(`actor “${selectedActor.name}” and its ties`)) {
                if (session.apply({ kind: "deleteActor", id: selectedActor.id }).length === 0)
                  onSelect(null);
              }
            }}
          />
        </details>
      )}
      {selectedTie && (
        <details open>
          <summary>Edit selected tie</summary>
          <TieForm
            key={`${selectedTie.id}:${JSON.stringify(selectedTie)}`}
            loaded={loaded}
            tie={selectedTie}
            onSubmit={(record) =>
              session.apply(
                {
                  kind: "updateTie",
                  id: selectedTie.id,
                  record: { ...record, id: selectedTie.id } as Tie,
                },
                `tie:${selectedTie.id}`,
              )
            }
            onDelete={() => {
              if (confirmDelete("this tie")) {
                if (session.apply({ kind: "deleteTie", id: selectedTie.id }).length === 0)
                  onSelect(null);
              }
            }}
          />
        </details>
      )}
      {/* open once at first; afterwards the reader decides (selecting an actor does not close it) */}
      <details open>
        <summary>Add actor</summary>
        <ActorForm loaded={loaded} onSubmit={addActor} />
      </details>
      <details open={Boolean(tieDraft)}>
        <summary>Add tie</summary>
        <TieForm
          key={tieDraft ? `${tieDraft.source}>${tieDraft.target}` : "new"}
          loaded={loaded}
          draft={tieDraft ?? undefined}
          onSubmit={addTie}
        />
      </details>
      <details>
        <summary>Sources ({dataset.sources?.length ?? 0})</summary>
        <RecordList
          label="Sources"
          items={(dataset.sources ?? []).map((s) => ({ id: s.id, name: s.title }))}
          render={(id) => {
            const source = dataset.sources?.find((s) => s.id === id);
            return source ? (
              <SourceForm
                key={JSON.stringify(source)}
                source={source}
                onSubmit={(record) =>
                  session.apply(
                    { kind: "updateSource", id, record: { ...record, id } },
                    `source:${id}`,
                  )
                }
              />
            ) : null;
          }}
          onDelete={(id) =>
            confirmDelete("this source") ? session.apply({ kind: "deleteSource", id }) : []
          }
        />
      </details>
      <details>
        <summary>Add source</summary>
        <SourceForm
          onSubmit={(record) =>
            session.apply({
              kind: "addSource",
              record: { ...record, id: newRecordId(dataset, "sources", record.title || "source") },
            })
          }
        />
      </details>
      <details>
        <summary>Events ({dataset.events?.length ?? 0})</summary>
        <RecordList
          label="Events"
          items={(dataset.events ?? []).map((e) => ({ id: e.id, name: e.title }))}
          render={(id) => {
            const event = dataset.events?.find((e) => e.id === id);
            return event ? (
              <EventForm
                key={JSON.stringify(event)}
                loaded={loaded}
                event={event}
                onSubmit={(record) =>
                  session.apply(
                    { kind: "updateEvent", id, record: { ...record, id } },
                    `event:${id}`,
                  )
                }
              />
            ) : null;
          }}
          onDelete={(id) =>
            confirmDelete("this event") ? session.apply({ kind: "deleteEvent", id }) : []
          }
        />
      </details>
      <details>
        <summary>Add event</summary>
        <EventForm
          loaded={loaded}
          onSubmit={(record) =>
            session.apply({
              kind: "addEvent",
              record: { ...record, id: newRecordId(dataset, "events", record.title || "event") },
            })
          }
        />
      </details>
      <details>
        <summary>
          Story steps ({(dataset.narratives ?? []).reduce((n, s) => n + s.steps.length, 0)})
        </summary>
        <CaptureStepForm
          loaded={loaded}
          captureView={props.captureView}
          onSave={(narratives) => session.apply({ kind: "setNarratives", narratives })}
        />
      </details>
      <details>
        <summary>Vocabulary</summary>
        <TermList
          loaded={loaded}
          onChange={(list, id, term) =>
            session.apply({ kind: "updateTerm", list, id, term } as never, `term:${list}:${id}`)
          }
        />
        <VocabularyForm
          onSubmit={(list, term) =>
            session.apply({
              kind: "addTerm",
              list,
              term: { ...term, id: newTermId(dataset, list, term.label || "term") },
            } as never)
          }
        />
      </details>
    </section>
  );
}
