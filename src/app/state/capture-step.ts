/** The view on screen as a narrative step's view: only what differs from the defaults is kept. */
import type { StepView } from "../../../schema/index.ts";
import { DEFAULT_FILTERS } from "../../core/filter/filter-state.ts";
import type { Explorer } from "./useExplorer.ts";

export function captureStepView(explorer: Explorer): StepView {
  const { filters, focus, selection } = explorer.effective;
  const view: StepView = {};
  if (filters.hiddenDomains.length) view.hiddenDomains = [...filters.hiddenDomains];
  if (filters.hiddenRoles.length) view.hiddenRoles = [...filters.hiddenRoles];
  if (filters.hiddenTieTypes.length) view.hiddenTieTypes = [...filters.hiddenTieTypes];
  if (filters.hiddenKinds.length) view.hiddenKinds = [...filters.hiddenKinds];
  if (filters.minCertainty !== DEFAULT_FILTERS.minCertainty)
    view.minCertainty = filters.minCertainty;
  if (filters.hideIsolated) view.hideIsolated = true;
  if (filters.window) view.window = { ...filters.window };
  if (focus) view.focus = { ...focus };
  if (selection) view.selection = { ...selection };
  const highlight = explorer.highlight;
  if (highlight?.actors.length) view.highlightActors = [...highlight.actors];
  if (highlight?.ties.length) view.highlightTies = [...highlight.ties];
  view.camera = highlight?.actors.length ? "highlight" : "all";
  return view;
}
