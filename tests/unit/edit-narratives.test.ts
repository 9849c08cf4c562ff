import { describe, expect, it } from "vitest";
import { applyEdit, workspaceOf, type Operation } from "../../src/core/edit/index.ts";
import { tinyDataset } from "./helpers/tiny-dataset.ts";

const step = (highlightActors: string[]) => ({
  title: "The patron",
  caption: "Who **controls** the bazaar.",
  view: { highlightActors, minCertainty: "reported" as const },
});

describe("setNarratives", () => {
  it("adds narratives and undoes exactly", () => {
    const before = workspaceOf(tinyDataset());
    const op: Operation = {
      kind: "setNarratives",
      narratives: [{ id: "story", title: "Story", steps: [step(["patron"])] }],
    };
    const result = applyEdit(before, op);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workspace.dataset.narratives?.[0]?.steps).toHaveLength(1);
    const undone = applyEdit(result.workspace, result.inverse);
    expect(undone.ok && undone.workspace.dataset).toEqual(before.dataset);
  });

  it("refuses a step that names an actor the dataset does not have", () => {
    const result = applyEdit(workspaceOf(tinyDataset()), {
      kind: "setNarratives",
      narratives: [{ id: "story", title: "Story", steps: [step(["nobody"])] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: "narratives[0].steps[0].view.highlightActors[0]",
        message: "step 1 of narrative 'story' names unknown actor 'nobody'",
      },
    ]);
  });
});
