/**
 * The dataset behind a filtered view, for "export what I see".
 *
 * Rules (also in docs/formats.md):
 * - actors: those listed;
 * - ties: those listed whose two actors are both kept (a tie never dangles);
 * - events: kept when at least one participant is kept; participants who are
 *   not kept are removed from the event; events without participants go;
 * - sources: only those cited by a kept actor, tie or event;
 * - layout: the positions of kept actors;
 * - narratives: left out, since their steps point at records that may be gone;
 * - meta and vocabulary: unchanged.
 */
import type { Dataset, Evidence } from "../../../schema/index.ts";

function cited(items: readonly { evidence?: Evidence[] }[], into: Set<string>): void {
  for (const item of items) for (const ev of item.evidence ?? []) into.add(ev.source);
}

export function subsetDataset(
  dataset: Dataset,
  actorIds: Iterable<string>,
  tieIds: Iterable<string>,
): Dataset {
  const keepActors = new Set(actorIds);
  const keepTies = new Set(tieIds);
  const actors = dataset.actors.filter((a) => keepActors.has(a.id));
  const ties = dataset.ties.filter(
    (t) => keepTies.has(t.id) && keepActors.has(t.source) && keepActors.has(t.target),
  );
  const events = (dataset.events ?? []).flatMap((event) => {
    const participants = (event.participants ?? []).filter((p) => keepActors.has(p.actor));
    return participants.length > 0 ? [{ ...event, participants }] : [];
  });
  const sourceIds = new Set<string>();
  cited(actors, sourceIds);
  cited(ties, sourceIds);
  cited(events, sourceIds);
  const out: Dataset = { ...dataset, actors, ties };
  delete out.narratives;
  if (dataset.layout) {
    out.layout = {
      positions: Object.fromEntries(
        Object.entries(dataset.layout.positions).filter(([id]) => keepActors.has(id)),
      ),
    };
  }
  if (dataset.sources) out.sources = dataset.sources.filter((s) => sourceIds.has(s.id));
  if (dataset.events) out.events = events;
  return out;
}
