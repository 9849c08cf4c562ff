/** `tamyr paths DATASET --from ID --to ID [-k N] [--max-length N] …` */
import { parseArgs } from "node:util";
import type { Dataset, Evidence, ResolvedVocabulary } from "../../../schema/index.ts";
import { actorsWithRole } from "../../core/analysis/actor-sets.ts";
import { actorNames, describePath, tieTypeLabel } from "../../core/analysis/describe-path.ts";
import { explainNoPath } from "../../core/analysis/explain-no-path.ts";
import { findPaths, type PathOptions, type PathResult } from "../../core/analysis/paths.ts";
import { buildGraph, type ActorGraph } from "../../core/graph/build.ts";
import {
  CONSTRAINT_HELP,
  CONSTRAINT_OPTIONS,
  describeConstraints,
  loadDataset,
  positiveInteger,
  readConstraints,
} from "../analysis-args.ts";
import { oneDatasetFile, parseOrUsage, plural, usageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const USAGE = `Usage: tamyr paths DATASET --from ID --to ID [-k N] [--max-length N] [options]

The shortest (or strongest) simple paths between actors, hop by hop, with
each tie's certainty and evidence; when there is none, which constraint cuts
the connection. See docs/analysis.md.

Options:
  --from ID[,ID…]        start actor(s); repeatable
  --to ID[,ID…]          target actor(s); repeatable
  --from-role ROLE       start from every actor with this role (adds to --from)
  --to-role ROLE         reach every actor with this role (adds to --to)
  -k, --count N          how many paths (default 5)
  --max-length N         only paths of at most N hops
  --all                  every simple path up to --max-length instead of the k best
  --rank-by ORDER        length (default: shortest, then strongest) or strength
${CONSTRAINT_HELP}
  --json                 machine-readable output
  -h, --help             show this help

Exit codes: 0 paths or an explanation printed, 1 invalid dataset,
2 usage error, unknown actor or role, or unreadable file.`;

const flat = (text: string, max: number) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length <= max ? one : one.slice(0, max - 1) + "…";
};

function evidenceLine(evidence: Evidence, dataset: Dataset): string {
  const source = dataset.sources?.find((s) => s.id === evidence.source);
  const parts = [evidence.quote ? `"${flat(evidence.quote, 300)}"` : "(no quote)"];
  if (evidence.hedge) parts.push(`hedge: "${evidence.hedge}"`);
  const where = [source?.title ?? evidence.source, evidence.locator].filter(Boolean).join(", ");
  return `${parts.join("; ")} — ${where}`;
}

function pathLines(
  path: PathResult,
  index: number,
  context: { dataset: Dataset; vocabulary: ResolvedVocabulary; name: (id: string) => string },
): string[] {
  const { dataset, vocabulary, name } = context;
  const lines = [
    `${index + 1}. ${describePath(path, vocabulary, name)}`,
    `   ${plural(path.length, "hop")} · strength: ${path.strength}`,
  ];
  for (const hop of path.hops) {
    lines.push(`   ${name(hop.from)} → ${name(hop.to)}`);
    for (const tie of hop.ties) {
      const label = tie.label ? ` "${tie.label}"` : "";
      const against = tie.reversed ? ", traversed against its direction" : "";
      lines.push(
        `     - ${tieTypeLabel(tie.type, vocabulary)}${label} (${tie.certainty}${against}) [tie ${tie.id}]`,
      );
      if (tie.evidence.length === 0) lines.push("       no evidence recorded");
      for (const evidence of tie.evidence) lines.push(`       ${evidenceLine(evidence, dataset)}`);
    }
  }
  return lines;
}

function splitIds(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

/** The actors on one side: the ids given plus every actor with the role. */
function selection(
  graph: ActorGraph,
  vocabulary: ResolvedVocabulary,
  ids: string[],
  role: string | undefined,
  side: string,
): string[] {
  const unknown = ids.filter((id) => !graph.hasNode(id));
  if (unknown.length > 0) {
    throw usageError(
      `unknown actor id${unknown.length > 1 ? "s" : ""} ${unknown.map((id) => `'${id}'`).join(", ")} in --${side}`,
      USAGE,
    );
  }
  if (role === undefined) return ids;
  if (!vocabulary.roles.some((term) => term.id === role)) {
    throw usageError(
      `unknown role '${role}' in --${side}-role (known: ${vocabulary.roles.map((r) => r.id).join(", ")})`,
      USAGE,
    );
  }
  return [...new Set([...ids, ...actorsWithRole(graph, role)])];
}

function sideText(ids: string[], role: string | undefined, name: (id: string) => string): string {
  if (role === undefined && ids.length === 1) return name(ids[0] as string);
  const what = role === undefined ? "" : ` (role ${role})`;
  return `${plural(ids.length, "actor")}${what}`;
}

export const pathsCommand: Command = {
  summary: "paths between actors, hop by hop with evidence, or why there is none",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: {
            ...CONSTRAINT_OPTIONS,
            from: { type: "string", multiple: true },
            to: { type: "string", multiple: true },
            "from-role": { type: "string" },
            "to-role": { type: "string" },
            count: { type: "string", short: "k" },
            "max-length": { type: "string" },
            all: { type: "boolean" },
            "rank-by": { type: "string" },
            json: { type: "boolean" },
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
    const fromIds = splitIds(values.from);
    const toIds = splitIds(values.to);
    if (fromIds.length === 0 && values["from-role"] === undefined)
      throw usageError("give --from or --from-role", USAGE);
    if (toIds.length === 0 && values["to-role"] === undefined)
      throw usageError("give --to or --to-role", USAGE);
    const k = values.count === undefined ? undefined : positiveInteger("-k", values.count, USAGE);
    const maxLength =
      values["max-length"] === undefined
        ? undefined
        : positiveInteger("--max-length", values["max-length"], USAGE);
    if (values.all && maxLength === undefined) throw usageError("--all needs --max-length", USAGE);
    if (values.all && k !== undefined) throw usageError("give either -k or --all, not both", USAGE);
    const rankBy = values["rank-by"] ?? "length";
    if (rankBy !== "length" && rankBy !== "strength") {
      throw usageError(`--rank-by must be length or strength; got '${rankBy}'`, USAGE);
    }

    const loaded = loadDataset(file, io, "paths");
    if (!loaded) return 1;
    const { dataset, vocabulary } = loaded;
    const constraints = readConstraints(values, vocabulary, USAGE);
    const graph = buildGraph(dataset, vocabulary);
    const from = selection(graph, vocabulary, fromIds, values["from-role"], "from");
    const to = selection(graph, vocabulary, toIds, values["to-role"], "to");
    const options: PathOptions = { constraints, k, maxLength, all: values.all ?? false, rankBy };
    const query = { from, to };
    const paths = from.length > 0 && to.length > 0 ? findPaths(graph, query, options) : [];
    const explanation = paths.length === 0 ? explainNoPath(graph, query, options) : undefined;
    const name = actorNames(graph);

    if (values.json) {
      const output = {
        from,
        to,
        constraints,
        rankBy,
        ...(options.all ? { all: true, maxLength } : { k: k ?? 5, maxLength: maxLength ?? null }),
        paths: paths.map((path) => ({
          ...path,
          description: describePath(path, vocabulary, name),
        })),
        explanation: explanation ?? null,
      };
      io.out(JSON.stringify(output, null, 2));
      return 0;
    }
    const order = rankBy === "length" ? "shortest first" : "strongest first";
    io.out(
      `Paths from ${sideText(from, values["from-role"], name)} to ${sideText(to, values["to-role"], name)}: ` +
        `${paths.length} found (${order}; ${describeConstraints(constraints)}` +
        `${maxLength === undefined ? "" : `; at most ${plural(maxLength, "hop")}`})`,
    );
    if (explanation) {
      io.out(explanation.message);
      return 0;
    }
    paths.forEach((path, index) => {
      io.out("");
      for (const line of pathLines(path, index, { dataset, vocabulary, name })) io.out(line);
    });
    return 0;
  },
};
