/**
 * The Node side of the benchmark (bench/node/) in quick mode at 1,000 actors,
 * in-process, so the suite cannot rot: every step must produce numbers, and
 * the report must render them.
 */
import { describe, expect, it } from "vitest";
import { STEPS } from "../../bench/node/steps.ts";
import { runNodeSuite } from "../../bench/node/suite.ts";
import { renderMarkdown } from "../../bench/report/markdown.ts";

describe("benchmark smoke test", () => {
  it("times every Node step at 1k actors and renders the report", async () => {
    const result = await runNodeSuite({ actors: 1000, reps: 1 });
    expect(result.actors).toBe(1000);
    expect(result.ties).toBeGreaterThan(2900);
    expect(result.bytes).toBeGreaterThan(100_000);
    expect(result.steps.map((s) => s.id)).toEqual(STEPS.map((s) => s.id));
    for (const step of result.steps) {
      expect(step.skipped, step.id).toBeUndefined();
      expect(Number.isFinite(step.ms), step.id).toBe(true);
      expect(step.ms, step.id).toBeGreaterThanOrEqual(0);
      expect(step.peakRssMb, step.id).toBeGreaterThan(0);
      expect(Number.isFinite(step.retainedHeapMb), step.id).toBe(true);
    }
    const markdown = renderMarkdown(
      {
        meta: {
          date: "2000-01-01",
          commit: "test",
          uncommittedFiles: 0,
          quick: true,
          node: process.version,
          cpus: 1,
          cpuModel: "test",
          totalMemGb: 1,
          loadAverage: { start: 0 },
          generator: { tiesPerActor: 3, seed: 1 },
        },
        node: { sizes: [result], growth: [], fits: {}, budgetMs: 1000 },
      },
      "## Findings\n\nnone\n",
    );
    expect(markdown).toContain("### 1k actors");
    expect(markdown).toContain("validate (parseDataset");
    expect(markdown.trimEnd().endsWith("## Findings\n\nnone")).toBe(true);
  });
});
