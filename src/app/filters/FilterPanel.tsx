/** Filters: domains, roles, kinds, tie types, minimum certainty, isolated actors. */
import { CERTAINTY_INFO, CERTAINTY_LEVELS, certaintyRank } from "../../../schema/index.ts";
import type { FilterState } from "../../core/filter/filter-state.ts";
import { termCounts } from "../../core/filter/term-counts.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { Swatch, ShapeIcon, LineIcon } from "../legend/symbols.tsx";
import { TermChecklist, type ChecklistTerm } from "./TermChecklist.tsx";

export interface FilterPanelProps {
  loaded: LoadedDataset;
  filters: FilterState;
  onChange(filters: FilterState): void;
}

export function FilterPanel({ loaded, filters, onChange }: FilterPanelProps) {
  const { dataset, vocabulary } = loaded;
  const set = (patch: Partial<FilterState>) => onChange({ ...filters, ...patch });
  // counted once per dataset, not on every render (a pass over 200,000 records at 50,000 actors)
  const counts = termCounts(dataset);
  // only terms the dataset uses are offered, so the lists stay short
  const domains: ChecklistTerm[] = vocabulary.domains
    .filter((d) => counts.domains.has(d.id))
    .map((d) => ({
      id: d.id,
      label: d.label,
      description: d.description,
      count: counts.domains.get(d.id) ?? 0,
      marker: <Swatch color={d.color} />,
    }));
  const roles: ChecklistTerm[] = vocabulary.roles
    .filter((r) => counts.roles.has(r.id))
    .map((r) => ({
      id: r.id,
      label: r.label,
      description: r.description,
      count: counts.roles.get(r.id) ?? 0,
      marker: <ShapeIcon shape={r.shape} />,
    }));
  const kinds: ChecklistTerm[] = [...counts.kinds.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, count]) => ({ id, label: id.replace(/-/g, " "), count }));
  const types: ChecklistTerm[] = vocabulary.tieTypes
    .filter((t) => counts.tieTypes.has(t.id))
    .map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description,
      count: counts.tieTypes.get(t.id) ?? 0,
      marker: <LineIcon color={t.color} />,
    }));
  const rank = certaintyRank(filters.minCertainty);
  return (
    <div className="filter-panel">
      <h2>Filters</h2>
      <div className="certainty-filter">
        <label htmlFor="min-certainty">Minimum certainty</label>
        <input
          id="min-certainty"
          type="range"
          min={0}
          max={CERTAINTY_LEVELS.length - 1}
          step={1}
          value={CERTAINTY_LEVELS.length - 1 - rank}
          aria-valuetext={`${CERTAINTY_INFO[filters.minCertainty].label} or stronger`}
          onChange={(e) => {
            const level = CERTAINTY_LEVELS[CERTAINTY_LEVELS.length - 1 - Number(e.target.value)];
            if (level) set({ minCertainty: level });
          }}
        />
        <output htmlFor="min-certainty">
          {rank === CERTAINTY_LEVELS.length - 1
            ? "All ties, disputed included"
            : `${CERTAINTY_INFO[filters.minCertainty].label} or stronger`}
        </output>
      </div>
      <label className="inline-check">
        <input
          type="checkbox"
          checked={filters.hideIsolated}
          onChange={(e) => set({ hideIsolated: e.target.checked })}
        />
        Hide isolated actors
      </label>
      <TermChecklist
        title="Domains"
        terms={domains}
        hidden={filters.hiddenDomains}
        onChange={(hiddenDomains) => set({ hiddenDomains })}
      />
      <TermChecklist
        title="Roles"
        terms={roles}
        hidden={filters.hiddenRoles}
        onChange={(hiddenRoles) => set({ hiddenRoles })}
      />
      <TermChecklist
        title="Tie types"
        terms={types}
        hidden={filters.hiddenTieTypes}
        onChange={(hiddenTieTypes) => set({ hiddenTieTypes })}
      />
      <TermChecklist
        title="Kinds"
        terms={kinds}
        hidden={filters.hiddenKinds}
        onChange={(hiddenKinds) => set({ hiddenKinds })}
      />
      <p className="filter-rules">
        An actor is shown when any of its domains and any of its roles are ticked and its kind is
        ticked. A tie is shown when both its actors are shown, its type is ticked and its certainty
        is at or above the minimum.
      </p>
    </div>
  );
}
