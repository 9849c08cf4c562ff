/** The vocabulary's terms, with their colour or shape editable in place (each change is one undo step). */
import { NODE_SHAPES, type RoleTerm } from "../../../schema/index.ts";
import type { TermList as TermListName } from "../../core/edit/index.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";

export function TermList({
  loaded,
  onChange,
}: {
  loaded: LoadedDataset;
  onChange(list: TermListName, id: string, term: object): void;
}) {
  const { domains, roles, tieTypes } = loaded.vocabulary;
  return (
    <div className="term-list">
      <h3>Domains</h3>
      {domains.map((d) => (
        <label key={d.id} className="inline-check">
          <input
            type="color"
            value={d.color}
            onChange={(e) => onChange("domains", d.id, { ...d, color: e.target.value })}
          />
          {d.label}
        </label>
      ))}
      <h3>Roles</h3>
      {roles.map((r) => (
        <label key={r.id} className="inline-check">
          <select
            value={r.shape}
            onChange={(e) =>
              onChange("roles", r.id, { ...r, shape: e.target.value as RoleTerm["shape"] })
            }
          >
            {NODE_SHAPES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          {r.label}
        </label>
      ))}
      <h3>Tie types</h3>
      {tieTypes.map((t) => (
        <label key={t.id} className="inline-check">
          <input
            type="color"
            value={t.color}
            onChange={(e) => onChange("tieTypes", t.id, { ...t, color: e.target.value })}
          />
          {t.label}
        </label>
      ))}
    </div>
  );
}
