/** `tamyr stats DATASET [--json] [--min-certainty LEVEL] …` */
import { parseArgs } from "node:util";
import { meetsCertainty, type Certainty } from "../../../schema/index.ts";
import { computeMetrics, type MetricsResult } from "../../core/analysis/metrics.ts";
import { analyseRobustness, type RobustnessResult } from "../../core/analysis/robustness.ts";
import { buildGraph } from "../../core/graph/build.ts";
import {
  CONSTRAINT_HELP,
  CONSTRAINT_OPTIONS,
  describeConstraints,
  loadDataset,
  positiveInteger,
  readConstraints,
} from "../analysis-args.ts";
import { oneDatasetFile, parseOrUsage, plural } from "../args.ts";
import type { CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const USAGE = `Usage: tamyr stats DATASET [--json] [--min-certainty LEVEL] [options]

Per-actor network metrics: degree (in/out/total), betweenness, closeness,
PageRank and Louvain community, as a table sorted by betweenness.
See docs/analysis.md for what each metric means.

Options:
  --json                 machine-readable output: an object keyed by actor id
${CONSTRAINT_HELP}
  --robustness           also rank betweenness counting established ties only,
                         then established + reported, then every tie
  --seed N               seed of the community detection (default 1)
  -h, --help             show this help

Exit codes: 0 ok, 1 invalid dataset, 2 usage error or unreadable file.`;

const fixed = (n: number | undefined) => (n === undefined ? "—" : n.toFixed(4));

function table(rows: string[][], rightAligned: Set<number>): string[] {
  const widths =
    rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, c) =>
        rightAligned.has(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0),
      )
      .join("  ")
      .trimEnd(),
  );
}

const shorten = (text: string, max: number) =>
  text.length <= max ? text : text.slice(0, max - 1) + "…";

/** Established, established + reported, then every tie — stopping at the minimum certainty if one is set. */
function robustnessThresholds(minimum: Certainty | undefined): Certainty[] {
  const levels: Certainty[] = ["established", "reported", minimum ?? "disputed"];
  return [...new Set(levels.filter((level) => !minimum || meetsCertainty(level, minimum)))];
}

function thresholdLabel(level: string): string {
  return level === "disputed" ? "all" : level;
}

function textReport(
  result: MetricsResult,
  names: Map<string, string>,
  robustness: RobustnessResult | undefined,
): string[] {
  const ids = Object.keys(result.actors).sort(
    (a, b) =>
      (result.actors[b]?.betweenness ?? 0) - (result.actors[a]?.betweenness ?? 0) ||
      (a < b ? -1 : 1),
  );
  const ranks = new Map((robustness?.metrics.betweenness ?? []).map((row) => [row.actor, row]));
  const header = [
    "ACTOR",
    "NAME",
    "DEGREE",
    "IN",
    "OUT",
    "BETWEENNESS",
    "CLOSENESS",
    "PAGERANK",
    "COMMUNITY",
  ];
  if (robustness) {
    header.push(
      ...robustness.thresholds.map((t) => `RANK@${thresholdLabel(t).toUpperCase()}`),
      "SHIFT",
    );
  }
  const rows = [header];
  for (const id of ids) {
    const m = result.actors[id];
    if (!m) continue;
    const row = [
      id,
      shorten(names.get(id) ?? id, 32),
      String(m.degree.total),
      String(m.degree.in),
      String(m.degree.out),
      fixed(m.betweenness),
      fixed(m.closeness),
      fixed(m.pagerank),
      String(m.community),
    ];
    if (robustness) {
      const r = ranks.get(id);
      row.push(...(r?.ranks ?? []).map((rank) => (rank === undefined ? "—" : String(rank))));
      const shift = r?.shift;
      row.push(shift === undefined ? "—" : shift > 0 ? `+${shift}` : String(shift));
    }
    rows.push(row);
  }
  const right = new Set(header.map((_, i) => i).filter((i) => i >= 2));
  const lines = table(rows, right);
  lines.push(
    "",
    `${plural(result.actorCount, "actor")}, ${plural(result.tieCount, "tie")} counted (${describeConstraints(result.constraints)}); ` +
      `${result.communityCount} ${result.communityCount === 1 ? "community" : "communities"}` +
      (result.modularity === undefined ? "" : ` (modularity ${result.modularity.toFixed(3)})`),
  );
  if (robustness) {
    lines.push(
      `Betweenness ranks: ${robustness.thresholds
        .map((t, i) => `${thresholdLabel(t)} = ${plural(robustness.tieCounts[i] ?? 0, "tie")}`)
        .join(", ")}; SHIFT > 0: climbs when weaker ties count.`,
    );
  }
  if (result.eigenvectorNote) lines.push(`Eigenvector centrality: ${result.eigenvectorNote}.`);
  return lines;
}

function jsonReport(
  result: MetricsResult,
  names: Map<string, string>,
  robustness: RobustnessResult | undefined,
): Record<string, unknown> {
  const ranks = new Map((robustness?.metrics.betweenness ?? []).map((row) => [row.actor, row]));
  const output: Record<string, unknown> = {};
  for (const [id, m] of Object.entries(result.actors)) {
    const entry: Record<string, unknown> = {
      name: names.get(id) ?? id,
      degree: m.degree,
      betweenness: m.betweenness,
      closeness: m.closeness,
      pagerank: m.pagerank,
      eigenvector: m.eigenvector ?? null,
      community: m.community,
    };
    const r = ranks.get(id);
    if (robustness && r) {
      entry.betweennessRanks = Object.fromEntries(
        robustness.thresholds.map((t, i) => [t, r.ranks[i] ?? null]),
      );
      entry.betweennessRankShift = r.shift ?? null;
    }
    output[id] = entry;
  }
  return output;
}

export const statsCommand: Command = {
  summary: "per-actor metrics: degree, betweenness, closeness, PageRank, community",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: {
            ...CONSTRAINT_OPTIONS,
            json: { type: "boolean" },
            robustness: { type: "boolean" },
            seed: { type: "string" },
            help: { type: "boolean", short: "h" },
          },
        }),
      USAGE,
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const file = oneDatasetFile(positionals, USAGE);
    const seed =
      values.seed === undefined ? undefined : positiveInteger("--seed", values.seed, USAGE);
    const loaded = loadDataset(file, io, "stats");
    if (!loaded) return 1;
    const constraints = readConstraints(values, loaded.vocabulary, USAGE);
    const graph = buildGraph(loaded.dataset, loaded.vocabulary);
    const result = computeMetrics(graph, { constraints, seed });
    const { minCertainty, ...others } = constraints;
    const robustness = values.robustness
      ? analyseRobustness(graph, {
          metrics: ["betweenness"],
          seed,
          constraints: others,
          thresholds: robustnessThresholds(minCertainty),
        })
      : undefined;
    const names = new Map(loaded.dataset.actors.map((a) => [a.id, a.name]));
    if (values.json) io.out(JSON.stringify(jsonReport(result, names, robustness), null, 2));
    else for (const line of textReport(result, names, robustness)) io.out(line);
    return 0;
  },
};
