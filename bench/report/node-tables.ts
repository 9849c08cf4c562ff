/** The report's Node section: one table per size, and the growth of the O(n·m) steps. */
import type { NodeSide } from "../node/run-node.ts";
import { predict } from "../lib/stats.ts";
import { count, mb, ms, table } from "./table.ts";

export function nodeSection(node: NodeSide): string {
  const parts = ["## Node: core functions", ""];
  for (const size of node.sizes) {
    parts.push(
      `### ${count(size.actors)} actors (${size.ties} ties, ${(size.bytes / 1e6).toFixed(1)} MB file)`,
      "",
      table(
        [
          "step",
          "time (median after the first run)",
          "first run",
          "runs",
          "peak RSS",
          "step's RSS rise",
          "heap kept",
          "note",
        ],
        size.steps.map((s) =>
          s.skipped
            ? [
                s.label,
                s.estimateMs ? `≈ ${ms(s.estimateMs)} (estimate)` : "skipped",
                "–",
                "–",
                "–",
                "–",
                "–",
                `not run: ${s.skipped}`,
              ]
            : [
                s.label,
                ms(s.ms),
                ms(s.firstMs),
                s.runs?.length ?? 0,
                mb(s.peakRssMb),
                mb(s.stepRssMb),
                mb(s.retainedHeapMb),
                s.detail ?? "",
              ],
        ),
        [0, 7],
      ),
      "",
      `Peak RSS of the process over all steps: ${mb(size.peakRssMb)}.`,
      "",
    );
  }
  parts.push("### Growth of the O(n·m) steps", "");
  const points = [...node.growth, ...node.sizes].sort((a, b) => a.actors - b.actors);
  const rows: (string | number)[][] = [];
  for (const id of ["betweenness", "closeness"]) {
    const fit = node.fits[id];
    const measured = points
      .map((p) => ({ n: p.actors, step: p.steps.find((s) => s.id === id) }))
      .filter((p) => p.step?.ms !== undefined)
      .map((p) => `${count(p.n)}: ${ms(p.step?.ms)}`)
      .join(", ");
    const estimates = fit
      ? node.sizes
          .filter((s) => s.steps.find((x) => x.id === id)?.skipped)
          .map((s) => `${count(s.actors)}: ≈ ${ms(predict(fit, s.actors))}`)
          .join(", ")
      : "";
    rows.push([
      id,
      measured,
      fit
        ? `time ∝ n^${fit.b.toFixed(2)}${fit.clamped ? " (fit below n², taken as n²)" : ""}`
        : "–",
      estimates || "none needed",
    ]);
  }
  parts.push(
    table(["step", "measured", "fit", "estimated (not run)"], rows, [0, 1, 2, 3]),
    "",
    `Estimates extrapolate the least-squares power-law fit through every measured size; a step is skipped when its estimate exceeds ${ms(node.budgetMs)}. They are estimates, not measurements.`,
    "",
  );
  return parts.join("\n");
}
