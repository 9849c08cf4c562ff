/** The dataset's bibliography, with how many claims rest on each source. */
import type { Evidence } from "../../../schema/index.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { ExternalLink } from "../inspector/ExternalLink.tsx";

function countClaims(
  loaded: LoadedDataset,
): Map<string, { actors: number; ties: number; events: number }> {
  const counts = new Map<string, { actors: number; ties: number; events: number }>();
  const add = (evidence: readonly Evidence[] | undefined, key: "actors" | "ties" | "events") => {
    const cited = new Set((evidence ?? []).map((e) => e.source));
    for (const source of cited) {
      const entry = counts.get(source) ?? { actors: 0, ties: 0, events: 0 };
      entry[key]++;
      counts.set(source, entry);
    }
  };
  for (const a of loaded.dataset.actors) add(a.evidence, "actors");
  for (const t of loaded.dataset.ties) add(t.evidence, "ties");
  for (const e of loaded.dataset.events ?? []) add(e.evidence, "events");
  return counts;
}

export function SourcesView({ loaded }: { loaded: LoadedDataset }) {
  const counts = countClaims(loaded);
  const sources = loaded.dataset.sources ?? [];
  return (
    <section className="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources ({sources.length})</h2>
      {sources.length === 0 && <p>This dataset lists no sources.</p>}
      <ol>
        {sources.map((s) => {
          const c = counts.get(s.id) ?? { actors: 0, ties: 0, events: 0 };
          return (
            <li key={s.id}>
              <p className="source-title">
                <ExternalLink url={s.url}>{s.title}</ExternalLink>
              </p>
              <p>
                {[s.authors?.join(", "), s.publisher, s.date, s.kind?.replace(/-/g, " ")]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <p className="claim-count">
                Cited by {c.ties} ties, {c.actors} actors and {c.events} events.
              </p>
              {s.note && <p className="note">{s.note}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
