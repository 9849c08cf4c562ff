/**
 * Narratives: ordered steps that walk a reader through the network. Each
 * step has a title, a caption (plain text with simple, safe formatting:
 * **bold**, *italic*, blank lines between paragraphs, and [text](https://…)
 * links) and the view to show: filters, focus, selection, highlighted
 * actors and ties, time window and camera.
 */
import { z } from "zod";
import { Certainty } from "./certainty.ts";
import { IsoDate } from "./dates.ts";
import { nonBlank } from "./text.ts";
import { Slug } from "./vocabulary.ts";

export const StepView = z
  .strictObject({
    hiddenDomains: z.array(Slug).optional(),
    hiddenRoles: z.array(Slug).optional(),
    hiddenTieTypes: z.array(Slug).optional(),
    hiddenKinds: z.array(Slug).optional(),
    minCertainty: Certainty.optional(),
    hideIsolated: z.boolean().optional(),
    window: z.strictObject({ start: IsoDate, end: IsoDate }).optional(),
    focus: z
      .strictObject({ actor: Slug, depth: z.union([z.literal(1), z.literal(2), z.literal(3)]) })
      .optional(),
    selection: z.strictObject({ kind: z.enum(["actor", "tie", "event"]), id: Slug }).optional(),
    highlightActors: z.array(Slug).optional(),
    highlightTies: z.array(Slug).optional(),
    camera: z
      .enum(["highlight", "all"])
      .optional()
      .describe(
        "'highlight' (default when something is highlighted) fits the highlighted actors; 'all' fits everything shown",
      ),
  })
  .describe("What a narrative step shows; anything left out takes its default");

export const NarrativeStep = z
  .strictObject({
    title: nonBlank(300),
    caption: z
      .string()
      .max(5000)
      .describe("Plain text; **bold**, *italic*, [text](https://…) links, blank lines"),
    view: StepView,
  })
  .describe("One step of a narrative");

export const Narrative = z
  .strictObject({
    id: Slug,
    title: nonBlank(300),
    description: z.string().max(5000).optional(),
    steps: z.array(NarrativeStep).min(1, { message: "a narrative needs at least one step" }),
  })
  .describe("A guided story through the network");

export type StepView = z.infer<typeof StepView>;
export type NarrativeStep = z.infer<typeof NarrativeStep>;
export type Narrative = z.infer<typeof Narrative>;

export interface NarrativeContext {
  actorIds: Set<string>;
  tieIds: Set<string>;
  eventIds: Set<string>;
  domains: Set<string>;
  roles: Set<string>;
  tieTypes: Set<string>;
}

type Issue = { path: (string | number)[]; message: string };

/** Cross-reference problems in narratives: every id a step names must exist. */
export function narrativeProblems(
  narratives: Narrative[] | undefined,
  ctx: NarrativeContext,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  narratives?.forEach((narrative, n) => {
    if (seen.has(narrative.id)) {
      issues.push({
        path: ["narratives", n, "id"],
        message: `duplicate narrative id '${narrative.id}'`,
      });
    }
    seen.add(narrative.id);
    narrative.steps.forEach((step, s) => {
      const base = ["narratives", n, "steps", s, "view"];
      const owner = `step ${s + 1} of narrative '${narrative.id}'`;
      const check = (ids: string[] | undefined, known: Set<string>, key: string, what: string) =>
        ids?.forEach((id, i) => {
          if (!known.has(id))
            issues.push({
              path: [...base, key, i],
              message: `${owner} names unknown ${what} '${id}'`,
            });
        });
      const v = step.view;
      check(v.hiddenDomains, ctx.domains, "hiddenDomains", "domain");
      check(v.hiddenRoles, ctx.roles, "hiddenRoles", "role");
      check(v.hiddenTieTypes, ctx.tieTypes, "hiddenTieTypes", "tie type");
      check(v.highlightActors, ctx.actorIds, "highlightActors", "actor");
      check(v.highlightTies, ctx.tieIds, "highlightTies", "tie");
      if (v.focus && !ctx.actorIds.has(v.focus.actor)) {
        issues.push({
          path: [...base, "focus", "actor"],
          message: `${owner} focuses on unknown actor '${v.focus.actor}'`,
        });
      }
      if (v.selection) {
        const known =
          v.selection.kind === "actor"
            ? ctx.actorIds
            : v.selection.kind === "tie"
              ? ctx.tieIds
              : ctx.eventIds;
        if (!known.has(v.selection.id)) {
          issues.push({
            path: [...base, "selection", "id"],
            message: `${owner} selects unknown ${v.selection.kind} '${v.selection.id}'`,
          });
        }
      }
      if (v.window && v.window.start > v.window.end && !v.window.end.startsWith(v.window.start)) {
        issues.push({
          path: [...base, "window", "end"],
          message: `${owner} has a window that ends before it starts`,
        });
      }
    });
  });
  return issues;
}
