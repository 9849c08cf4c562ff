/**
 * The one owner of the cytoscape instance. Cytoscape only renders: the app
 * hands it the dataset once, then applies visibility, selection and
 * highlight changes as diffs inside `cy.batch()`.
 */
import cytoscape from "cytoscape";
import type { Dataset, ResolvedVocabulary } from "../../../schema/index.ts";
import type { Visibility } from "../../core/filter/visible.ts";
import type { Selection } from "../../core/view/view-state.ts";
import { buildElements, type Positions } from "./elements.ts";
import { buildStylesheet } from "./stylesheet.ts";

/** A qualitative palette for communities (Tableau 10). */
export const COMMUNITY_COLOURS = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

/** Above this many actors, level-of-detail rendering is switched on. */
export const LARGE_GRAPH = 2000;

export interface AdapterEvents {
  onSelect(selection: Selection | null): void;
  onFocus(actorId: string): void;
  onPositionsChanged(positions: Positions): void;
}

export class CyAdapter {
  readonly cy: cytoscape.Core;
  private shownNodes = new Set<string>();
  private shownEdges = new Set<string>();
  private undated = new Set<string>();
  private highlighted = { actors: new Set<string>(), ties: new Set<string>() };
  private readonly large: boolean;

  constructor(
    container: HTMLElement,
    dataset: Dataset,
    vocabulary: ResolvedVocabulary,
    positions: Positions,
    private readonly events: AdapterEvents,
  ) {
    this.large = dataset.actors.length > LARGE_GRAPH;
    this.cy = cytoscape({
      container,
      elements: buildElements(dataset, vocabulary, positions),
      style: buildStylesheet(vocabulary, { large: dataset.actors.length > LARGE_GRAPH }),
      layout: { name: "preset" },
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: "single",
      textureOnViewport: this.large,
      hideEdgesOnViewport: this.large,
      hideLabelsOnViewport: this.large,
      motionBlur: false,
      pixelRatio: this.large ? 1 : "auto",
    });
    this.styleKey = JSON.stringify(vocabulary);
    this.shownNodes = new Set(dataset.actors.map((a) => a.id));
    this.shownEdges = new Set(dataset.ties.map((t) => t.id));
    this.bindEvents();
    this.resizeObserver = new ResizeObserver(() => this.cy.resize());
    this.resizeObserver.observe(container);
  }

  private readonly resizeObserver: ResizeObserver;

  private bindEvents(): void {
    const cy = this.cy;
    cy.on("tap", "node", (e) => this.events.onSelect({ kind: "actor", id: e.target.id() }));
    cy.on("tap", "edge", (e) => this.events.onSelect({ kind: "tie", id: e.target.id() }));
    cy.on("tap", (e) => {
      if (e.target === cy) this.events.onSelect(null);
    });
    cy.on("dbltap", "node", (e) => this.events.onFocus(e.target.id()));
    cy.on("dragfree", "node", () => this.events.onPositionsChanged(this.positions()));
    if (!this.large) {
      cy.on("mouseover", "node", (e) => this.hoverNeighbourhood(e.target));
      cy.on("mouseout", "node", () => this.clearHover());
    }
  }

  private hoverNeighbourhood(node: cytoscape.NodeSingular): void {
    const keep = node.closedNeighborhood();
    this.cy.batch(() => {
      this.cy.elements().not(keep).addClass("faded");
      keep.removeClass("faded");
    });
  }

  private clearHover(): void {
    this.cy.batch(() => this.cy.elements().removeClass("faded"));
    this.applyHighlightFading();
  }

  positions(): Positions {
    const out: Positions = {};
    this.cy.nodes().forEach((n) => {
      if (!n.isParent()) out[n.id()] = { ...n.position() };
    });
    return out;
  }

  setPositions(positions: Positions): void {
    if (this.cy.destroyed()) return;
    this.cy.batch(() => {
      for (const [id, p] of Object.entries(positions)) this.cy.getElementById(id).position(p);
    });
  }

  /**
   * Brings the drawing in line with an edited dataset: adds, removes and
   * updates only the elements that changed; restyles if the vocabulary did.
   */
  syncDataset(dataset: Dataset, vocabulary: ResolvedVocabulary, positions: Positions): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    const styleKey = JSON.stringify(vocabulary);
    const here = this.viewportCenter();
    const wanted = buildElements(dataset, vocabulary, positions);
    const ids = new Set(wanted.map((e) => e.data.id as string));
    cy.batch(() => {
      cy.elements()
        .filter((el) => !ids.has(el.id()) && !el.id().startsWith("group:"))
        .remove();
      let placed = 0;
      for (const def of wanted) {
        const id = def.data.id as string;
        const existing = cy.getElementById(id);
        if (existing.empty()) {
          const position = def.position ?? {
            x: here.x + (placed % 5) * 40,
            y: here.y + Math.floor(placed / 5) * 40,
          };
          if (def.group === "nodes") placed++;
          cy.add({ ...def, ...(def.group === "nodes" ? { position } : {}) });
          (def.group === "nodes" ? this.shownNodes : this.shownEdges).add(id);
        } else {
          if (
            JSON.stringify(existing.data()) !== JSON.stringify({ ...existing.data(), ...def.data })
          ) {
            existing.data(def.data);
          }
          if (def.group === "nodes") {
            const stale = ["pie1", "pie2", "pie3", "pieSize1", "pieSize2", "pieSize3"].filter(
              (key) => existing.data(key) !== undefined && def.data[key] === undefined,
            );
            if (stale.length) existing.removeData(stale.join(" "));
          }
          if (def.group === "nodes" && def.position) {
            const p = existing.position();
            if (p.x !== def.position.x || p.y !== def.position.y) existing.position(def.position);
          }
        }
      }
      if (styleKey !== this.styleKey) {
        cy.style(buildStylesheet(vocabulary, { large: this.large }));
        this.styleKey = styleKey;
      }
    });
  }

  private styleKey = "";

  /** A spot near the middle of the view that no actor occupies, for a newly added actor. */
  freePosition(clearance = 70): { x: number; y: number } {
    const center = this.viewportCenter();
    const taken = this.cy.nodes().map((n) => n.position());
    for (let i = 0; i < 400; i++) {
      // a golden-angle spiral out from the centre
      const r = i === 0 ? 0 : clearance * 0.6 * Math.sqrt(i);
      const a = i * 2.39996;
      const p = { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) };
      if (taken.every((q) => Math.hypot(q.x - p.x, q.y - p.y) >= clearance)) return p;
    }
    return center;
  }

  viewportCenter(): { x: number; y: number } {
    const extent = this.cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }

  /** Shows and hides only the elements whose visibility changed. */
  applyVisibility(visibility: Visibility): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    const pick = (ids: Iterable<string>, keep: (id: string) => boolean) => {
      const elements: cytoscape.SingularElementArgument[] = [];
      for (const id of ids) if (keep(id)) elements.push(cy.getElementById(id));
      return cy.collection(elements as unknown as cytoscape.CollectionArgument);
    };
    // one class change per collection, not per element: far cheaper on large graphs
    const hide = pick(this.shownNodes, (id) => !visibility.actors.has(id)).union(
      pick(this.shownEdges, (id) => !visibility.ties.has(id)),
    );
    const show = pick(visibility.actors, (id) => !this.shownNodes.has(id)).union(
      pick(visibility.ties, (id) => !this.shownEdges.has(id)),
    );
    const unmark = pick(this.undated, (id) => !visibility.undatedTies.has(id));
    const mark = pick(visibility.undatedTies, (id) => !this.undated.has(id));
    cy.batch(() => {
      if (hide.nonempty()) hide.addClass("hidden");
      if (show.nonempty()) show.removeClass("hidden");
      if (unmark.nonempty()) unmark.removeClass("undated");
      if (mark.nonempty()) mark.addClass("undated");
    });
    this.shownNodes = new Set(visibility.actors);
    this.shownEdges = new Set(visibility.ties);
    this.undated = new Set(visibility.undatedTies);
  }

  setSelection(selection: Selection | null): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    cy.batch(() => {
      cy.$(":selected").unselect();
      if (selection && selection.kind !== "event") cy.getElementById(selection.id).select();
    });
  }

  /** Marks actors and ties (a path, an ego network, an event's participants) and fades the rest. */
  setHighlight(actors: Iterable<string>, ties: Iterable<string>): void {
    if (this.cy.destroyed()) return;
    const next = { actors: new Set(actors), ties: new Set(ties) };
    const cy = this.cy;
    cy.batch(() => {
      for (const id of this.highlighted.actors) cy.getElementById(id).removeClass("highlight");
      for (const id of this.highlighted.ties) cy.getElementById(id).removeClass("highlight");
      for (const id of next.actors) cy.getElementById(id).addClass("highlight");
      for (const id of next.ties) cy.getElementById(id).addClass("highlight");
    });
    this.highlighted = next;
    this.applyHighlightFading();
  }

  private applyHighlightFading(): void {
    const { actors, ties } = this.highlighted;
    const cy = this.cy;
    cy.batch(() => {
      if (actors.size === 0 && ties.size === 0) {
        cy.elements().removeClass("faded");
        return;
      }
      cy.elements().forEach((el) => {
        const id = el.id();
        const keep = el.group() === "nodes" ? actors.has(id) : ties.has(id);
        if (keep) el.removeClass("faded");
        else el.addClass("faded");
      });
    });
  }

  /**
   * Sizes actors by a metric (scaled to 18–64 px), and/or colours them by
   * community; null restores the vocabulary's styling.
   */
  setDecorations(
    sizes: Record<string, number> | null,
    communities: Record<string, number> | null,
  ): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    const values = sizes ? Object.values(sizes) : [];
    const max = values.length ? Math.max(...values) : 0;
    const min = values.length ? Math.min(...values) : 0;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (n.isParent()) return;
        const v = sizes?.[n.id()];
        if (v === undefined || max === min) n.removeStyle("width height");
        else {
          const px = 18 + ((v - min) / (max - min)) * 46;
          n.style({ width: px, height: px });
        }
        const c = communities?.[n.id()];
        if (c === undefined) n.removeStyle("background-color pie-size");
        else
          n.style({
            "background-color": COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length],
            "pie-size": "0%",
          });
      });
    });
  }

  centerOn(actorId: string): void {
    if (this.cy.destroyed()) return;
    const node = this.cy.getElementById(actorId);
    if (node.nonempty()) {
      this.cy.animate(
        { center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1) },
        { duration: 250 },
      );
    }
  }

  fit(ids?: Iterable<string>): void {
    if (this.cy.destroyed()) return;
    if (ids) {
      const set = new Set(ids);
      const eles = this.cy.nodes().filter((n) => set.has(n.id()));
      if (eles.nonempty()) {
        this.cy.fit(eles, 40);
        return;
      }
    }
    this.cy.fit(this.cy.elements(":visible"), 30);
  }

  /** Moves the camera smoothly to these actors, or to everything shown. */
  animateFit(ids: string[] | null): void {
    if (this.cy.destroyed()) return;
    const set = ids ? new Set(ids) : null;
    const eles = set
      ? this.cy.nodes().filter((n) => set.has(n.id()))
      : this.cy.elements(":visible");
    if (eles.empty()) return;
    this.cy.stop();
    this.cy.animate(
      { fit: { eles, padding: set ? 80 : 30 } },
      { duration: 600, easing: "ease-in-out-cubic" },
    );
  }

  zoomBy(factor: number): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  }

  panBy(dx: number, dy: number): void {
    if (this.cy.destroyed()) return;
    this.cy.panBy({ x: dx, y: dy });
  }

  /** Puts each shown actor in a box for its first domain, or takes the boxes away. */
  setDomainGroups(enabled: boolean, labels: Map<string, string>): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    cy.batch(() => {
      if (enabled) {
        const parents = new Set<string>();
        cy.nodes()
          .filter((n) => !n.isParent())
          .forEach((n) => {
            const domain = n.data("domain") as string;
            const parentId = `group:${domain}`;
            if (!parents.has(parentId) && cy.getElementById(parentId).empty()) {
              cy.add({
                group: "nodes",
                data: { id: parentId, label: labels.get(domain) ?? domain },
              });
            }
            parents.add(parentId);
            n.move({ parent: parentId });
          });
      } else {
        cy.nodes()
          .filter((n) => n.isChild())
          .forEach((n) => {
            n.move({ parent: null });
          });
        cy.nodes()
          .filter((n) => n.id().startsWith("group:"))
          .remove();
      }
    });
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.cy.destroy();
  }
}
