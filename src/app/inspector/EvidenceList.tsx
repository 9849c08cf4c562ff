/** The evidence behind a claim: verbatim quotes, hedges, locators and full citations. */
import type { Evidence, Source } from "../../../schema/index.ts";
import { ExternalLink } from "./ExternalLink.tsx";

export function citation(source: Source | undefined, id: string): string {
  if (!source) return `Unknown source '${id}'`;
  const parts = [
    source.authors?.join(", "),
    source.date ? `(${source.date})` : undefined,
    `“${source.title}”`,
    source.publisher,
  ].filter(Boolean);
  return parts.join(" ");
}

export function EvidenceList({
  evidence,
  sources,
}: {
  evidence: readonly Evidence[] | undefined;
  sources: Map<string, Source>;
}) {
  if (!evidence || evidence.length === 0) {
    return <p className="no-evidence">No evidence recorded.</p>;
  }
  return (
    <ol className="evidence-list">
      {evidence.map((item, i) => {
        const source = sources.get(item.source);
        return (
          <li key={i}>
            {item.quote ? <blockquote>{item.quote}</blockquote> : <p>(no quote)</p>}
            {item.hedge && (
              <p className="hedge">
                Source’s hedge: <q>{item.hedge}</q>
              </p>
            )}
            <p className="cite">
              <ExternalLink url={source?.url}>{citation(source, item.source)}</ExternalLink>
              {item.locator && <span className="locator"> · {item.locator}</span>}
            </p>
            {item.note && <p className="note">{item.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
