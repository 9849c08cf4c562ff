/**
 * The one owner of the cytoscape instance. Cytoscape only renders: the app
 * hands it the dataset once, then applies visibility, selection and
 * highlight changes as diffs inside `cy.batch()`.
 */
import cytoscape from "cytoscape";
import type { Dataset, ResolvedVocabulary } from "../../../schema/index.ts";
import type { Visibility } from "../../core/filter/visible.ts";
import type { Selection } from "../../core/view/view-state.ts";
import { nextTask } from "../../core/pieces/next-task.ts";
import { workInPieces } from "../../core/pieces/work-in-pieces.ts";
import { keepCacheLevel } from "./cache-level.ts";
import {
  animateToCamera,
  animateToElements,
  cameraOnActors,
  centerOn,
  fitElements,
  freePosition,
  viewportCenter,
  zoomBy,
} from "./camera.ts";
import { collectionOf } from "./cy-collections.ts";
import { cytoscapeOptions, LARGE_GRAPH_PIXEL_RATIO } from "./cytoscape-options.ts";
import { decorateActors } from "./decorations.ts";
import { DrawingHold } from "./drawing-hold.ts";
import { groupByDomain } from "./domain-groups.ts";
import { LARGE_GRAPH } from "./drawing-thresholds.ts";
import { buildElements, buildNodeElements, type Positions } from "./elements.ts";
import { Fader } from "./fade.ts";
import { LevelOfDetail } from "./level-of-detail.ts";
import { drawsWithWebgl, type RendererChoice } from "./renderer-choice.ts";
import { shareStyleHintScratch } from "./style-hint-scratch.ts";
import { buildStylesheet } from "./stylesheet.ts";
import { syncElements } from "./sync-elements.ts";
import type { TieSegment } from "./tie-layer.ts";

export interface AdapterEvents {
  onSelect(selection: Selection | null): void;
  onFocus(actorId: string): void;
  onPositionsChanged(positions: Positions): void;
  /** While a large graph's actors are being drawn: the fraction done. */
  onDrawProgress?(fraction: number): void;
}

export class CyAdapter {
  readonly cy: cytoscape.Core;
  /** Resolves once every actor is drawn (at once for small graphs, in pieces for large ones). */
  readonly ready: Promise<void>;
  /** Whether cytoscape draws with WebGL (see renderer-choice.ts). */
  readonly webgl: boolean;
  /** Whether this graph is large enough to be drawn in pieces (and with level of detail). */
  get inPieces(): boolean {
    return this.large;
  }
  // what is shown: the last Visibility's own sets (never changed here; syncDataset copies before adding)
  private shownNodes: ReadonlySet<string> = new Set<string>();
  private shownEdges: ReadonlySet<string> = new Set<string>();
  private undated: ReadonlySet<string> = new Set<string>();
  private highlighted = { actors: new Set<string>(), ties: new Set<string>() };
  /** Whether metric sizes or community colours are on the actors. */
  private decorated = false;
  /** Whether any element may be faded, for a highlight or a hovered actor's neighbourhood. */
  private faded = false;
  /** Fades all but the highlight; on a large graph a piece per task (fade.ts). */
  private readonly fader: Fader;
  private readonly large: boolean;
  /** The zoom the actors were last drawn at before a layout moved them, for the next fit (cache-level.ts). */
  private builtZoom: number | null = null;
  /** On large graphs: the ties, drawn by the overview layer or in full (see level-of-detail.ts). */
  private readonly detail: LevelOfDetail | null = null;
  /** On large graphs: cytoscape's drawing held while a filter change is applied (drawing-hold.ts). */
  private readonly hold: DrawingHold | null = null;

  constructor(
    container: HTMLElement,
    dataset: Dataset,
    vocabulary: ResolvedVocabulary,
    positions: Positions,
    private readonly events: AdapterEvents,
    renderer: RendererChoice = "auto",
  ) {
    this.large = dataset.actors.length > LARGE_GRAPH;
    this.webgl = drawsWithWebgl(renderer, this.large);
    shareStyleHintScratch();
    this.cy = cytoscape({
      container,
      ...(this.large ? {} : { elements: buildElements(dataset, vocabulary, positions) }),
      ...cytoscapeOptions(vocabulary, this.large, this.webgl),
    });
    this.styleKey = JSON.stringify(vocabulary);
    this.fader = new Fader(this.cy, { pause: nextTask });
    this.shownNodes = new Set(dataset.actors.map((a) => a.id));
    this.shownEdges = new Set(dataset.ties.map((t) => t.id));
    if (this.large) {
      this.detail = new LevelOfDetail(container, this.cy);
      this.hold = new DrawingHold(this.cy);
      this.ready = this.addInPieces(dataset, vocabulary, positions);
    } else {
      this.ready = Promise.resolve();
    }
    this.bindEvents();
    this.resizeObserver = new ResizeObserver(() => {
      this.cy.resize();
      this.detail?.resize();
    });
    this.resizeObserver.observe(container);
  }

  /**
   * Adds actors a piece per task while the camera looks away from them, so
   * that the frames in between draw nothing (the caller then sets the
   * camera); then hands the ties to the level of detail, which makes
   * element definitions only for the ties it draws in full.
   */
  private async addInPieces(
    dataset: Dataset,
    vocabulary: ResolvedVocabulary,
    positions: Positions,
  ): Promise<void> {
    const cy = this.cy;
    const { actors, ties } = dataset;
    const done = await this.runInPieces(
      actors.length,
      (from, to) => {
        const piece = cy.add(buildNodeElements(actors.slice(from, to), vocabulary, positions));
        // styles are computed lazily, on the next frame: compute this piece's now, in this task
        (piece as unknown as { cleanStyle(): void }).cleanStyle();
      },
      (added) => this.events.onDrawProgress?.(Math.min(1, added / actors.length)),
    );
    if (!done) return;
    await nextTask();
    if (cy.destroyed()) return;
    this.detail?.setTies(ties, vocabulary);
    this.detail?.setVisibility(this.shownNodes, this.shownEdges, this.undated);
    this.detail?.positionsChanged();
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
    this.faded = true;
    void this.fader.apply(node.closedNeighborhood().map((e) => e.id()));
  }

  /** Back to the highlight's fading, or to none. */
  private clearHover(): void {
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
    this.detail?.positionsChanged();
  }

  /**
   * Moves the actors to new positions; on a large graph a piece per task,
   * as `addInPieces` adds them, with the camera looking away meanwhile (the
   * caller then sets the camera): moving 50,000 actors at once held the page
   * for 400 ms.
   */
  async movePositions(positions: Positions): Promise<void> {
    if (!this.large) {
      this.setPositions(positions);
      return;
    }
    const cy = this.cy;
    const entries = Object.entries(positions);
    // the level of scale the actors' pictures were drawn at, which the next fit keeps if it can
    this.builtZoom = cy.zoom();
    const done = await this.runInPieces(entries.length, (from, to) =>
      cy.batch(() => {
        for (const [id, p] of entries.slice(from, to)) cy.getElementById(id).position(p);
      }),
    );
    if (!done) return;
    // what follows (the overview's refresh, the caller's fit) in a task of its own, not the last piece's
    await nextTask();
    if (!this.cy.destroyed()) this.detail?.positionsChanged();
  }

  /**
   * Runs `step` over `count` items a piece per task (work-in-pieces.ts),
   * while the camera looks away from the actors so that the frames in
   * between draw nothing; the caller then sets the camera. The first piece
   * runs in a task after this one. False when the drawing was destroyed
   * meanwhile.
   */
  private runInPieces(
    count: number,
    step: (from: number, to: number) => void,
    onPiece?: (done: number) => void,
  ): Promise<boolean> {
    const cy = this.cy;
    cy.viewport({ zoom: 1, pan: { x: 1e7, y: 1e7 } });
    return workInPieces(count, step, onPiece, { alive: () => !cy.destroyed() });
  }

  /**
   * Brings the drawing in line with an edited dataset: adds, removes and
   * updates only the elements that changed; restyles if the vocabulary did.
   */
  syncDataset(dataset: Dataset, vocabulary: ResolvedVocabulary, positions: Positions): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    const styleKey = JSON.stringify(vocabulary);
    const here = viewportCenter(cy);
    const wanted = this.detail
      ? buildNodeElements(dataset.actors, vocabulary, positions)
      : buildElements(dataset, vocabulary, positions);
    const ids = new Set(wanted.map((e) => e.data.id as string));
    const shownNodes = new Set(this.shownNodes);
    const shownEdges = new Set(this.shownEdges);
    if (this.detail) {
      // the overview layer and the full drawings take the ties; cytoscape keeps only what they pick
      for (const tie of dataset.ties) ids.add(tie.id);
      // a new tie is shown until the filters say otherwise, as on small graphs
      for (const id of this.detail.setTies(dataset.ties, vocabulary)) shownEdges.add(id);
    }
    cy.batch(() => {
      const added = syncElements(cy, wanted, ids, here);
      for (const id of added.actors) shownNodes.add(id);
      for (const id of added.ties) shownEdges.add(id);
      if (styleKey !== this.styleKey) {
        cy.style(buildStylesheet(vocabulary, { large: this.large }));
        this.styleKey = styleKey;
      }
    });
    this.shownNodes = shownNodes;
    this.shownEdges = shownEdges;
    this.detail?.setVisibility(this.shownNodes, this.shownEdges, this.undated);
  }

  private styleKey = "";

  /** A spot near the middle of the view that no actor occupies, for a newly added actor. */
  freePosition(clearance = 70): { x: number; y: number } {
    return freePosition(this.cy, clearance);
  }

  /** Shows and hides only the elements whose visibility changed. */
  applyVisibility(visibility: Visibility): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    const pick = (ids: Iterable<string>, keep: (id: string) => boolean) =>
      collectionOf(cy, ids, keep);
    // one class change per collection, not per element: far cheaper on large graphs
    const large = this.large;
    const hide = pick(this.shownNodes, (id) => !visibility.actors.has(id));
    const show = pick(visibility.actors, (id) => !this.shownNodes.has(id));
    // on large graphs the ties are not cytoscape's to hide: see level-of-detail.ts
    const tieHide = large ? null : pick(this.shownEdges, (id) => !visibility.ties.has(id));
    const tieShow = large ? null : pick(visibility.ties, (id) => !this.shownEdges.has(id));
    const unmark = large ? null : pick(this.undated, (id) => !visibility.undatedTies.has(id));
    const mark = large ? null : pick(visibility.undatedTies, (id) => !this.undated.has(id));
    cy.batch(() => {
      const hidden = tieHide ? hide.union(tieHide) : hide;
      const shown = tieShow ? show.union(tieShow) : show;
      if (hidden.nonempty()) hidden.addClass("hidden");
      if (shown.nonempty()) shown.removeClass("hidden");
      if (unmark?.nonempty()) unmark.removeClass("undated");
      if (mark?.nonempty()) mark.addClass("undated");
    });
    this.shownNodes = visibility.actors;
    this.shownEdges = visibility.ties;
    this.undated = visibility.undatedTies;
    this.detail?.setVisibility(this.shownNodes, this.shownEdges, this.undated);
  }

  /**
   * While a filter change is being applied (true), a large graph's drawing
   * waits for it, so that none of cytoscape's long frames falls in between;
   * false draws the change at once. Small graphs draw as they go.
   */
  holdDrawing(applying: boolean): void {
    this.hold?.set(applying);
  }

  setSelection(selection: Selection | null): void {
    if (this.cy.destroyed()) return;
    const cy = this.cy;
    cy.batch(() => {
      cy.$(":selected").unselect();
      if (selection && selection.kind !== "event") cy.getElementById(selection.id).select();
    });
    this.detail?.setSelected(selection?.kind === "tie" ? selection.id : null);
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
    const any = next.actors.size > 0 || next.ties.size > 0;
    this.detail?.setHighlight(any ? next.ties : null);
  }

  private applyHighlightFading(): void {
    const { actors, ties } = this.highlighted;
    const any = actors.size > 0 || ties.size > 0;
    if (!any && !this.faded) return;
    this.faded = any;
    void this.fader.apply(any ? [...actors, ...ties] : null);
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
    // nothing drawn and nothing to draw: no need to visit every actor (costly on large graphs)
    if (!this.decorated && !sizes && !communities) return;
    this.decorated = Boolean(sizes || communities);
    decorateActors(cy, sizes, communities);
  }

  centerOn(actorId: string): void {
    if (!this.cy.destroyed()) centerOn(this.cy, actorId);
  }

  /** Frames these actors, or (on large graphs from positions alone) everything shown. */
  fit(ids?: Iterable<string>): void {
    if (this.cy.destroyed()) return;
    if (ids || !this.large) {
      fitElements(this.cy, ids ?? null);
      return;
    }
    const camera = cameraOnActors(this.cy, this.shownNodes);
    const built = this.builtZoom;
    this.builtZoom = null;
    if (!camera) return;
    const size = { width: this.cy.width(), height: this.cy.height() };
    this.cy.viewport(
      built === null ? camera : keepCacheLevel(camera, built, LARGE_GRAPH_PIXEL_RATIO, size),
    );
  }

  /** Moves the camera smoothly to these actors, or to everything shown. */
  animateFit(ids: string[] | null): void {
    if (this.cy.destroyed()) return;
    if (ids || !this.large) {
      animateToElements(this.cy, ids);
      return;
    }
    const camera = cameraOnActors(this.cy, this.shownNodes);
    if (camera) animateToCamera(this.cy, camera);
  }

  zoomBy(factor: number): void {
    if (!this.cy.destroyed()) zoomBy(this.cy, factor);
  }

  panBy(dx: number, dy: number): void {
    if (this.cy.destroyed()) return;
    this.cy.panBy({ x: dx, y: dy });
  }

  /** Puts each actor in a box for its first domain, or takes the boxes away. */
  setDomainGroups(enabled: boolean, labels: Map<string, string>): void {
    if (!this.cy.destroyed()) groupByDomain(this.cy, enabled, labels);
  }

  /** Ties the overview layer draws (large graphs), in screen coordinates, for figures. */
  overviewTies(): TieSegment[] {
    return this.detail?.segments() ?? [];
  }

  /** Paints the overview layer's ties onto a figure's canvas (large graphs; otherwise nothing). */
  paintOverviewTies(ctx: CanvasRenderingContext2D, scale: number): void {
    this.detail?.paintOnto(ctx, scale);
  }

  destroy(): void {
    this.hold?.set(false);
    this.resizeObserver.disconnect();
    this.detail?.destroy();
    this.cy.destroy();
  }
}
