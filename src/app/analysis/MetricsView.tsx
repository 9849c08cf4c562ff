/**
 * Centrality and communities of the actors on screen, computed in the
 * worker, as a sortable table exportable as CSV; and how each actor's rank
 * moves when only established, then also reported, then all ties count.
 */
import { useEffect, useMemo, useState } from "react";
import { CERTAINTY_INFO } from "../../../schema/index.ts";
import { type ActorMetrics, type RankedMetric } from "../../core/analysis/index.ts";
import { metricsCsv } from "../../core/analysis/metrics-csv.ts";
import type { Visibility } from "../../core/filter/visible.ts";
import type { Selection } from "../../core/view/view-state.ts";
import { downloadText } from "../file/download.ts";
import type { LoadedDataset } from "../state/loaded-dataset.ts";
import { SortableTable, type Column } from "../table/SortableTable.tsx";
import { ProgressLine } from "./ProgressLine.tsx";
import { useAnalysis } from "./useAnalysis.ts";

const fmt = (n: number | undefined) => (n === undefined ? "—" : n.toFixed(3));

const RANKED: { id: RankedMetric; label: string }[] = [
  { id: "betweenness", label: "Betweenness" },
  { id: "degree", label: "Degree" },
  { id: "pagerank", label: "PageRank" },
  { id: "closeness", label: "Closeness" },
  { id: "eigenvector", label: "Eigenvector" },
];

export type Decorations = {
  sizes: Record<string, number> | null;
  communities: Record<string, number> | null;
} | null;

interface Props {
  loaded: LoadedDataset;
  visibility: Visibility;
  onSelect(selection: Selection): void;
  onDecorate(decorations: Decorations): void;
  /** Kept by the app so the graph stays decorated after leaving this tab. */
  decorate: DecorateSettings;
  onDecorateSettings(settings: DecorateSettings): void;
}

export interface DecorateSettings {
  sizeBy: string;
  byCommunity: boolean;
}

const SIZE_METRICS: { id: string; label: string; value(m: ActorMetrics): number | undefined }[] = [
  { id: "degree", label: "degree", value: (m) => m.degree.total },
  { id: "betweenness", label: "betweenness", value: (m) => m.betweenness },
  { id: "closeness", label: "closeness", value: (m) => m.closeness },
  { id: "pagerank", label: "PageRank", value: (m) => m.pagerank },
  { id: "eigenvector", label: "eigenvector", value: (m) => m.eigenvector },
];

export function MetricsView(props: Props) {
  const { loaded, visibility, onSelect, onDecorate, decorate, onDecorateSettings } = props;
  const { sizeBy, byCommunity } = decorate;
  const setSizeBy = (value: string) => onDecorateSettings({ ...decorate, sizeBy: value });
  const setByCommunity = (value: boolean) =>
    onDecorateSettings({ ...decorate, byCommunity: value });
  const analysed = useMemo(
    () => ({ dataset: loaded.dataset, actorIds: visibility.actors, tieIds: visibility.ties }),
    [loaded, visibility],
  );
  const metrics = useAnalysis<"metrics">(analysed);
  const robustness = useAnalysis<"robustness">(analysed);
  const [metric, setMetric] = useState<RankedMetric>("betweenness");
  const name = (id: string) => loaded.actorsById.get(id)?.name ?? id;

  const { run: runMetrics } = metrics;
  const { run: runRobustness } = robustness;
  useEffect(() => {
    runMetrics({ kind: "metrics", options: {} });
  }, [analysed, runMetrics]);
  useEffect(() => {
    runRobustness({ kind: "robustness", options: { metrics: [metric] } });
  }, [analysed, metric, runRobustness]);

  const rows = useMemo(
    () => Object.entries(metrics.answer?.result.actors ?? {}).map(([id, m]) => ({ id, ...m })),
    [metrics.answer],
  );
  type Row = ActorMetrics & { id: string };
  const columns: Column<Row>[] = [
    { key: "name", label: "Actor", value: (r) => name(r.id) },
    { key: "in", label: "In-degree", value: (r) => r.degree.in },
    { key: "out", label: "Out-degree", value: (r) => r.degree.out },
    { key: "total", label: "Degree", value: (r) => r.degree.total },
    {
      key: "betweenness",
      label: "Betweenness",
      value: (r) => r.betweenness,
      render: (r) => fmt(r.betweenness),
    },
    {
      key: "closeness",
      label: "Closeness",
      value: (r) => r.closeness,
      render: (r) => fmt(r.closeness),
    },
    {
      key: "pagerank",
      label: "PageRank",
      value: (r) => r.pagerank,
      render: (r) => fmt(r.pagerank),
    },
    {
      key: "eigenvector",
      label: "Eigenvector",
      value: (r) => r.eigenvector ?? -1,
      render: (r) => fmt(r.eigenvector),
    },
    { key: "community", label: "Community", value: (r) => r.community },
  ];
  const result = metrics.answer?.result;
  useEffect(() => {
    if (!sizeBy && !byCommunity) {
      onDecorate(null);
      return;
    }
    if (!result) return;
    const measure = SIZE_METRICS.find((m) => m.id === sizeBy);
    const sizes: Record<string, number> = {};
    const communities: Record<string, number> = {};
    for (const [id, m] of Object.entries(result.actors)) {
      const v = measure?.value(m);
      if (v !== undefined) sizes[id] = v;
      communities[id] = m.community;
    }
    onDecorate({ sizes: measure ? sizes : null, communities: byCommunity ? communities : null });
  }, [result, sizeBy, byCommunity, onDecorate]);
  const rob = robustness.answer?.result;
  const robRows = rob?.metrics[metric] ?? [];
  return (
    <div className="metrics-view">
      <h2>Metrics of the actors on screen</h2>
      <p className="metrics-note">
        Computed on the {visibility.actors.size} actors and {visibility.ties.size} ties the filters
        show, treating ties as undirected for betweenness, closeness, eigenvector and communities
        (see docs/analysis.md). Betweenness is normalised as NetworkX does.
      </p>
      {metrics.running && metrics.progress && (
        <ProgressLine
          label="Computing metrics"
          progress={metrics.progress}
          onCancel={metrics.cancel}
        />
      )}
      {metrics.error && <p role="alert">{metrics.error}</p>}
      {result && (
        <>
          <p>
            {result.communityCount} communities
            {result.modularity !== undefined ? ` (modularity ${result.modularity.toFixed(3)})` : ""}
            .{result.eigenvectorNote ? ` Eigenvector: ${result.eigenvectorNote}.` : ""}{" "}
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `${loaded.key.replace(/^file:/, "")}-metrics.csv`,
                  metricsCsv(result, name),
                  "text/csv",
                )
              }
            >
              Export metrics as CSV
            </button>
          </p>
          <div className="decorate">
            <label>
              Size actors in the graph by{" "}
              <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value)}>
                <option value="">(role shape, fixed size)</option>
                {SIZE_METRICS.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={byCommunity}
                onChange={(e) => setByCommunity(e.target.checked)}
              />
              Colour actors by community
            </label>
          </div>
          <SortableTable
            caption="Metrics"
            rows={rows}
            columns={columns}
            rowId={(r) => r.id}
            rowLabel={(r) => name(r.id)}
            selectedId={null}
            onSelect={(id) => onSelect({ kind: "actor", id })}
          />
        </>
      )}
      <h2>Robustness under uncertainty</h2>
      <p className="metrics-note">
        Each actor’s rank when only established ties count, then established and reported, then all
        ties. An actor whose rank moves owes its position to weaker claims.
      </p>
      <label>
        Rank by{" "}
        <select value={metric} onChange={(e) => setMetric(e.target.value as RankedMetric)}>
          {RANKED.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      {robustness.running && robustness.progress && (
        <ProgressLine
          label="Comparing certainty levels"
          progress={robustness.progress}
          onCancel={robustness.cancel}
        />
      )}
      {rob && (
        <table className="robustness-table">
          <caption>
            Rank by {RANKED.find((m) => m.id === metric)?.label.toLowerCase()} at each certainty
            threshold
          </caption>
          <thead>
            <tr>
              <th scope="col">Actor</th>
              {rob.thresholds.map((t, i) => (
                <th key={t} scope="col">
                  {t === "disputed" ? "All ties" : `${CERTAINTY_INFO[t].label} or stronger`} (
                  {rob.tieCounts[i]} ties)
                </th>
              ))}
              <th scope="col">Moves</th>
            </tr>
          </thead>
          <tbody>
            {robRows.slice(0, 200).map((row) => (
              <tr key={row.actor} className={row.spread ? "moves" : ""}>
                <th scope="row">{name(row.actor)}</th>
                {row.ranks.map((r, i) => (
                  <td key={i}>{r ?? "—"}</td>
                ))}
                <td>
                  {row.shift === undefined || row.shift === 0
                    ? row.spread
                      ? `varies by ${row.spread}`
                      : "holds"
                    : row.shift > 0
                      ? `climbs ${row.shift} with weaker ties`
                      : `drops ${-row.shift} with weaker ties`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
