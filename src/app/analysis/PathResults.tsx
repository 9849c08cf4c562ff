/** Found paths as readable chains, each hop with its certainty and the quote behind it. */
import { CERTAINTY_INFO } from "../../../schema/index.ts";
import type { PathHop, PathResult } from "../../core/analysis/index.ts";
import { tieTypeLabel } from "../../core/analysis/describe-path.ts";
import { CertaintyBadge } from "../inspector/CertaintyBadge.tsx";
import type { LoadedDataset } from "../state/loaded-dataset.ts";

function hopArrow(hop: PathHop, loaded: LoadedDataset): string {
  const labels = [
    ...new Set(hop.ties.map((t) => tieTypeLabel(t.type, loaded.vocabulary).toLowerCase())),
  ];
  const forward = hop.ties.some((t) => t.directed && !t.reversed);
  const backward = hop.ties.some((t) => t.directed && t.reversed);
  return `${backward ? "←" : "—"}${labels.join(" + ")}${forward ? "→" : "—"}`;
}

export function PathResults({
  loaded,
  paths,
  active,
  onActivate,
}: {
  loaded: LoadedDataset;
  paths: PathResult[];
  active: number;
  onActivate(index: number): void;
}) {
  const name = (id: string) => loaded.actorsById.get(id)?.name ?? id;
  return (
    <ol className="path-results" aria-label="Paths found">
      {paths.map((path, i) => {
        const chain = path.actors
          .map((id, j) =>
            j === 0 ? name(id) : `${hopArrow(path.hops[j - 1]!, loaded)} ${name(id)}`,
          )
          .join(" ");
        return (
          <li key={path.actors.join(">") + i} className={i === active ? "active" : ""}>
            <button
              type="button"
              className="path-summary"
              aria-pressed={i === active}
              aria-label={`Path ${i + 1}: ${chain}. ${path.length} hop${path.length > 1 ? "s" : ""}, weakest hop ${CERTAINTY_INFO[path.strength].label.toLowerCase()}`}
              onClick={() => onActivate(i)}
            >
              <span className="path-chain">{chain}</span>
              <span className="path-meta">
                {path.length} hop{path.length > 1 ? "s" : ""} · weakest:{" "}
                <CertaintyBadge level={path.strength} />
              </span>
            </button>
            {i === active && (
              <ol className="path-hops">
                {path.hops.map((hop, h) => (
                  <li key={h}>
                    <p className="hop-title">
                      {name(hop.from)} {hopArrow(hop, loaded)} {name(hop.to)}{" "}
                      <CertaintyBadge level={hop.certainty} />
                    </p>
                    {hop.ties.map((tie) => (
                      <div key={tie.id} className="hop-tie">
                        {tie.label && <p className="hop-label">{tie.label}</p>}
                        {tie.evidence.map((ev, e) => (
                          <figure key={e}>
                            <blockquote>{ev.quote ?? "(no quote)"}</blockquote>
                            {ev.hedge && (
                              <figcaption>
                                Hedge: <q>{ev.hedge}</q>
                              </figcaption>
                            )}
                          </figure>
                        ))}
                      </div>
                    ))}
                  </li>
                ))}
              </ol>
            )}
          </li>
        );
      })}
    </ol>
  );
}
