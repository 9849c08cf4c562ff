/**
 * View state ⇄ URL query string. Parsing is defensive: anything malformed
 * or hostile falls back to the default for that part, with a notice saying
 * what was ignored. Unknown parameters are ignored silently.
 */
import { CERTAINTY_LEVELS, type Certainty } from "../../../schema/index.ts";
import { parseDateSpan } from "../../../schema/index.ts";
import { DEFAULT_FILTERS, type UndatedMode } from "../filter/filter-state.ts";
import {
  DEFAULT_PATH_VIEW,
  defaultViewState,
  type PathView,
  type SidePanel,
  type ViewState,
  type ViewTab,
} from "./view-state.ts";
import { isDataUrlAllowed } from "./data-url.ts";

const PATH_END = /^(?:role:)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

function parsePathView(params: URLSearchParams, notices: string[]): PathView | null {
  const from = params.get("pf");
  const to = params.get("pt");
  if (from === null && to === null) return null;
  if (!from || !to || !PATH_END.test(from) || !PATH_END.test(to)) {
    notices.push("Ignored a malformed path query.");
    return null;
  }
  const view: PathView = { ...DEFAULT_PATH_VIEW, from, to };
  const k = params.get("pk");
  if (k !== null) {
    const n = Number(k);
    if (Number.isInteger(n) && n >= 1 && n <= 100) view.k = n;
    else notices.push("Ignored an invalid number of paths.");
  }
  const max = params.get("pmax");
  if (max !== null) {
    const n = Number(max);
    if (Number.isInteger(n) && n >= 1 && n <= 12) view.maxLength = n;
    else notices.push("Ignored an invalid maximum path length.");
  }
  view.directed = params.get("pdir") === "1";
  view.all = params.get("pall") === "1" && view.maxLength !== undefined;
  view.useViewFilters = params.get("pvf") !== "0";
  view.rankBy = params.get("prank") === "strength" ? "strength" : "length";
  view.minCertainty = oneOf<Certainty>(
    params.get("pmc"),
    CERTAINTY_LEVELS,
    DEFAULT_PATH_VIEW.minCertainty,
    "pmc",
    notices,
  );
  return view;
}

function serializePathView(view: PathView, params: URLSearchParams): void {
  params.set("pf", view.from);
  params.set("pt", view.to);
  if (view.k !== DEFAULT_PATH_VIEW.k) params.set("pk", String(view.k));
  if (view.maxLength !== undefined) params.set("pmax", String(view.maxLength));
  if (view.directed) params.set("pdir", "1");
  if (view.all) params.set("pall", "1");
  if (!view.useViewFilters) params.set("pvf", "0");
  if (view.rankBy !== "length") params.set("prank", view.rankBy);
  if (view.minCertainty !== DEFAULT_PATH_VIEW.minCertainty) params.set("pmc", view.minCertainty);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PARAM = 4000;
const MAX_LIST = 500;

export interface ParsedUrlState {
  state: ViewState;
  notices: string[];
}

function idList(value: string | null, name: string, notices: string[]): string[] {
  if (!value) return [];
  const items = value.split(",").filter((s) => s !== "");
  const good = items.filter((s) => SLUG.test(s)).slice(0, MAX_LIST);
  if (good.length !== items.length) notices.push(`Ignored malformed entries in '${name}'.`);
  return good;
}

function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
  name: string,
  notices: string[],
): T {
  if (value === null) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(`Ignored unknown value for '${name}'.`);
  return fallback;
}

export function parseUrlState(search: string, defaultDataset: string): ParsedUrlState {
  const notices: string[] = [];
  const state = defaultViewState(defaultDataset);
  if (search.length > 20_000) {
    return { state, notices: ["The link was too long and was ignored; showing the default view."] };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: ["The link could not be read; showing the default view."] };
  }
  for (const [, value] of params) {
    if (value.length > MAX_PARAM) {
      return {
        state,
        notices: ["The link was too long and was ignored; showing the default view."],
      };
    }
  }
  const dataset = params.get("d");
  if (dataset !== null) {
    if (SLUG.test(dataset)) state.dataset = dataset;
    else notices.push("Ignored a malformed dataset name.");
  }
  const f = state.filters;
  f.hiddenDomains = idList(params.get("hd"), "hd", notices);
  f.hiddenRoles = idList(params.get("hr"), "hr", notices);
  f.hiddenTieTypes = idList(params.get("ht"), "ht", notices);
  f.hiddenKinds = idList(params.get("hk"), "hk", notices);
  f.minCertainty = oneOf<Certainty>(
    params.get("mc"),
    CERTAINTY_LEVELS,
    DEFAULT_FILTERS.minCertainty,
    "mc",
    notices,
  );
  f.hideIsolated = params.get("iso") === "1";
  f.undated = oneOf<UndatedMode>(
    params.get("und"),
    ["show", "mark", "hide"],
    DEFAULT_FILTERS.undated,
    "und",
    notices,
  );
  f.windowAppliesToActors = params.get("wa") === "1";
  const from = params.get("from");
  const to = params.get("to");
  if (from !== null || to !== null) {
    const start = from ?? to ?? "";
    const end = to ?? from ?? "";
    const s = parseDateSpan(start);
    const e = parseDateSpan(end);
    if (s && e && s.first <= e.last) f.window = { start, end };
    else notices.push("Ignored an invalid time window.");
  }
  const query = params.get("q");
  if (query !== null) state.query = query.slice(0, 200);
  const sel = params.get("sel");
  if (sel !== null) {
    const m = /^(actor|tie|event):([a-z0-9-]+)$/.exec(sel);
    if (m && SLUG.test(m[2] ?? "")) state.selection = { kind: m[1] as "actor", id: m[2] as string };
    else notices.push("Ignored a malformed selection.");
  }
  const focus = params.get("focus");
  if (focus !== null) {
    const m = /^([a-z0-9-]+):([123])$/.exec(focus);
    if (m && SLUG.test(m[1] ?? "")) {
      state.focus = { actor: m[1] as string, depth: Number(m[2]) as 1 | 2 | 3 };
    } else notices.push("Ignored a malformed focus.");
  }
  state.tab = oneOf<ViewTab>(
    params.get("tab"),
    ["graph", "table", "metrics", "sources"],
    "graph",
    "tab",
    notices,
  );
  state.side = oneOf<SidePanel>(
    params.get("side"),
    ["details", "paths", "edit"],
    "details",
    "side",
    notices,
  );
  state.paths = parsePathView(params, notices);
  const story = params.get("story");
  if (story !== null) {
    const step = Number(params.get("step") ?? "1");
    if (SLUG.test(story) && Number.isInteger(step) && step >= 1 && step <= 1000) {
      state.story = { narrative: story, step: step - 1 };
    } else notices.push("Ignored a malformed story step.");
  }
  state.embed = params.get("embed") === "1";
  const workspace = params.get("ws");
  if (workspace !== null) {
    if (/^ws-[a-z0-9-]{1,60}$/.test(workspace)) state.workspace = workspace;
    else notices.push("Ignored a malformed workspace id.");
  }
  const dataUrl = params.get("data");
  if (dataUrl !== null) {
    if (isDataUrlAllowed(dataUrl)) state.dataUrl = dataUrl;
    else
      notices.push(
        "Ignored the data address: only https:// addresses or paths on this site can be loaded.",
      );
  }
  return { state, notices };
}

/** The query string (without "?") for a view; defaults are left out so links stay short. */
export function serializeUrlState(state: ViewState, defaultDataset: string): string {
  const params = new URLSearchParams();
  const f = state.filters;
  if (state.dataset !== defaultDataset) params.set("d", state.dataset);
  const list = (key: string, ids: string[]) => {
    if (ids.length > 0) params.set(key, [...ids].sort().join(","));
  };
  list("hd", f.hiddenDomains);
  list("hr", f.hiddenRoles);
  list("ht", f.hiddenTieTypes);
  list("hk", f.hiddenKinds);
  if (f.minCertainty !== DEFAULT_FILTERS.minCertainty) params.set("mc", f.minCertainty);
  if (f.hideIsolated) params.set("iso", "1");
  if (f.window) {
    params.set("from", f.window.start);
    params.set("to", f.window.end);
  }
  if (f.undated !== DEFAULT_FILTERS.undated) params.set("und", f.undated);
  if (f.windowAppliesToActors) params.set("wa", "1");
  if (state.query) params.set("q", state.query);
  if (state.selection) params.set("sel", `${state.selection.kind}:${state.selection.id}`);
  if (state.focus) params.set("focus", `${state.focus.actor}:${state.focus.depth}`);
  if (state.tab !== "graph") params.set("tab", state.tab);
  if (state.side !== "details") params.set("side", state.side);
  if (state.paths) serializePathView(state.paths, params);
  if (state.story) {
    params.set("story", state.story.narrative);
    params.set("step", String(state.story.step + 1));
  }
  if (state.embed) params.set("embed", "1");
  if (state.dataUrl) params.set("data", state.dataUrl);
  if (state.workspace) params.set("ws", state.workspace);
  return params.toString();
}
