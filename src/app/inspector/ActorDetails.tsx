/** Inspector for one actor: identity, ties grouped by type and direction, evidence. */
import type { Tie } from "../../../schema/index.ts";
import { formatPeriod } from "../../core/time/format.ts";
import type { Selection } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { CertaintyBadge } from "./CertaintyBadge.tsx";
import { EvidenceList } from "./EvidenceList.tsx";

interface Props {
  loaded: LoadedDataset;
  actorId: string;
  visibleTies: Set<string>;
  onSelect(selection: Selection): void;
  onFocus(actorId: string, depth: 1 | 2): void;
}

export function ActorDetails({ loaded, actorId, visibleTies, onSelect, onFocus }: Props) {
  const actor = loaded.actorsById.get(actorId);
  if (!actor) return <p>Unknown actor “{actorId}”.</p>;
  const sources = new Map((loaded.dataset.sources ?? []).map((s) => [s.id, s] as const));
  const label = (id: string) => loaded.actorsById.get(id)?.name ?? id;
  const typeLabel = (id: string) =>
    loaded.vocabulary.tieTypes.find((t) => t.id === id)?.label ?? id;
  const ties = loaded.graph.edges(actorId).map((key) => loaded.graph.getEdgeAttributes(key));
  const groups = new Map<string, { tie: Tie; directed: boolean }[]>();
  for (const entry of ties) {
    const { tie, directed } = entry;
    const direction = !directed ? "with" : tie.source === actorId ? "to" : "from";
    const key = `${typeLabel(tie.type)} (${direction === "with" ? "mutual" : direction === "to" ? "outgoing" : "incoming"})`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const domainLabel = (id: string) =>
    loaded.vocabulary.domains.find((d) => d.id === id)?.label ?? id;
  const roleLabel = (id: string) => loaded.vocabulary.roles.find((r) => r.id === id)?.label ?? id;
  return (
    <article aria-labelledby="inspector-title">
      <h2 id="inspector-title">{actor.name}</h2>
      <dl className="facts">
        {actor.aliases && actor.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>
              {actor.aliases.map((a, i) => (
                <span key={i} className="alias" lang={a.lang} title={a.note}>
                  {a.name}
                  {a.transliteration ? "*" : ""}
                </span>
              ))}
              {actor.aliases.some((a) => a.transliteration) && (
                <small className="alias-note">
                  {" "}
                  * spelling in another script, not quoted from a source
                </small>
              )}
            </dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>{actor.kind.replace(/-/g, " ")}</dd>
        <dt>Domains</dt>
        <dd>{actor.domains.map(domainLabel).join(", ")}</dd>
        <dt>Roles</dt>
        <dd>{actor.roles.map(roleLabel).join(", ")}</dd>
        {actor.size && (
          <>
            <dt>Size</dt>
            <dd>
              {actor.size.text ??
                [actor.size.min, actor.size.max].filter((n) => n !== undefined).join("–")}
            </dd>
          </>
        )}
        {actor.period && (
          <>
            <dt>Period</dt>
            <dd>{formatPeriod(actor.period)}</dd>
          </>
        )}
      </dl>
      {actor.description && <p className="description">{actor.description}</p>}
      <div className="inspector-actions">
        <button type="button" onClick={() => onFocus(actor.id, 1)}>
          Focus: 1 step
        </button>
        <button type="button" onClick={() => onFocus(actor.id, 2)}>
          Focus: 2 steps
        </button>
      </div>
      <h3>Ties ({ties.length})</h3>
      {[...groups.entries()].map(([group, entries]) => (
        <section key={group} className="tie-group">
          <h4>{group}</h4>
          <ul>
            {entries.map(({ tie }) => {
              const other = tie.source === actorId ? tie.target : tie.source;
              return (
                <li key={tie.id} className={visibleTies.has(tie.id) ? "" : "filtered-out"}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => onSelect({ kind: "tie", id: tie.id })}
                  >
                    {label(other)}
                    {tie.label ? ` — ${tie.label}` : ""}
                  </button>{" "}
                  <CertaintyBadge level={tie.certainty} />
                  {!visibleTies.has(tie.id) && <small> (hidden by filters)</small>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <h3>Evidence</h3>
      <EvidenceList evidence={actor.evidence} sources={sources} />
    </article>
  );
}
