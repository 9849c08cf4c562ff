/** Inspector for one tie: both ends, type, label, certainty in words, period, all evidence. */
import { CERTAINTY_INFO } from "../../../schema/index.ts";
import { formatPeriod } from "../../core/time/format.ts";
import type { Selection } from "../../core/view/view-state.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { CertaintyBadge } from "./CertaintyBadge.tsx";
import { EvidenceList } from "./EvidenceList.tsx";

export function TieDetails({
  loaded,
  tieId,
  onSelect,
}: {
  loaded: LoadedDataset;
  tieId: string;
  onSelect(selection: Selection): void;
}) {
  const tie = loaded.tiesById.get(tieId);
  if (!tie) return <p>Unknown tie “{tieId}”.</p>;
  const directed = loaded.graph.isDirected(tie.id);
  const type = loaded.vocabulary.tieTypes.find((t) => t.id === tie.type);
  const sources = new Map((loaded.dataset.sources ?? []).map((s) => [s.id, s] as const));
  const end = (id: string) => (
    <button type="button" className="link" onClick={() => onSelect({ kind: "actor", id })}>
      {loaded.actorsById.get(id)?.name ?? id}
    </button>
  );
  return (
    <article aria-labelledby="inspector-title">
      <h2 id="inspector-title">
        {loaded.actorsById.get(tie.source)?.name ?? tie.source} {directed ? "→" : "—"}{" "}
        {loaded.actorsById.get(tie.target)?.name ?? tie.target}
      </h2>
      <dl className="facts">
        <dt>{directed ? "From" : "Between"}</dt>
        <dd>{end(tie.source)}</dd>
        <dt>{directed ? "To" : "and"}</dt>
        <dd>{end(tie.target)}</dd>
        <dt>Type</dt>
        <dd>
          {type?.label ?? tie.type}
          {directed ? "" : " (undirected)"}
        </dd>
        {tie.label && (
          <>
            <dt>Label</dt>
            <dd>{tie.label}</dd>
          </>
        )}
        <dt>Certainty</dt>
        <dd>
          <CertaintyBadge level={tie.certainty} /> {CERTAINTY_INFO[tie.certainty].explanation}{" "}
          <small>(Admiralty credibility {CERTAINTY_INFO[tie.certainty].admiralty})</small>
        </dd>
        <dt>Period</dt>
        <dd>{formatPeriod(tie.period)}</dd>
        {tie.obeyed !== undefined && (
          <>
            <dt>Obeyed</dt>
            <dd>{tie.obeyed ? "yes" : "no"}</dd>
          </>
        )}
      </dl>
      {tie.note && <p className="note">{tie.note}</p>}
      <h3>Evidence</h3>
      <EvidenceList evidence={tie.evidence} sources={sources} />
    </article>
  );
}
