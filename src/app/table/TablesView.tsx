/** The accessible alternative to the canvas: the visible actors and ties as tables. */
import { useMemo } from "react";
import { CERTAINTY_INFO, certaintyRank, type Actor, type Tie } from "../../../schema/index.ts";
import type { Visibility } from "../../core/filter/visible.ts";
import { formatPeriod } from "../../core/time/format.ts";
import type { Selection } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { SortableTable, type Column } from "./SortableTable.tsx";

interface Props {
  loaded: LoadedDataset;
  visibility: Visibility;
  selection: Selection | null;
  onSelect(selection: Selection): void;
}

export function TablesView({ loaded, visibility, selection, onSelect }: Props) {
  const { dataset, vocabulary } = loaded;
  const label = useMemo(() => {
    const map = new Map<string, string>();
    for (const term of [...vocabulary.domains, ...vocabulary.roles, ...vocabulary.tieTypes]) {
      map.set(term.id, term.label);
    }
    return (id: string) => map.get(id) ?? id;
  }, [vocabulary]);
  const actors = useMemo(
    () => dataset.actors.filter((a) => visibility.actors.has(a.id)),
    [dataset, visibility],
  );
  const ties = useMemo(
    () => dataset.ties.filter((t) => visibility.ties.has(t.id)),
    [dataset, visibility],
  );
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const t of ties) {
      d.set(t.source, (d.get(t.source) ?? 0) + 1);
      d.set(t.target, (d.get(t.target) ?? 0) + 1);
    }
    return d;
  }, [ties]);
  const name = (id: string) => loaded.actorsById.get(id)?.name ?? id;
  const actorColumns: Column<Actor>[] = [
    { key: "name", label: "Name", value: (a) => a.name },
    { key: "kind", label: "Kind", value: (a) => a.kind.replace(/-/g, " ") },
    { key: "domains", label: "Domains", value: (a) => a.domains.map(label).join(", ") },
    { key: "roles", label: "Roles", value: (a) => a.roles.map(label).join(", ") },
    { key: "ties", label: "Visible ties", value: (a) => degree.get(a.id) ?? 0 },
  ];
  const tieColumns: Column<Tie>[] = [
    { key: "source", label: "From", value: (t) => name(t.source) },
    { key: "type", label: "Type", value: (t) => label(t.type) + (t.label ? ` (${t.label})` : "") },
    { key: "target", label: "To", value: (t) => name(t.target) },
    {
      key: "certainty",
      label: "Certainty",
      value: (t) => certaintyRank(t.certainty),
      render: (t) => CERTAINTY_INFO[t.certainty].label,
    },
    { key: "period", label: "Period", value: (t) => formatPeriod(t.period) },
    { key: "evidence", label: "Evidence items", value: (t) => t.evidence?.length ?? 0 },
  ];
  return (
    <div className="tables-view">
      <SortableTable
        caption="Actors"
        rows={actors}
        columns={actorColumns}
        rowId={(a) => a.id}
        rowLabel={(a) => a.name}
        selectedId={selection?.kind === "actor" ? selection.id : null}
        onSelect={(id) => onSelect({ kind: "actor", id })}
      />
      <SortableTable
        caption="Ties"
        rows={ties}
        columns={tieColumns}
        rowId={(t) => t.id}
        rowLabel={(t) => `${name(t.source)} ${label(t.type)} ${name(t.target)}`}
        selectedId={selection?.kind === "tie" ? selection.id : null}
        onSelect={(id) => onSelect({ kind: "tie", id })}
      />
    </div>
  );
}
