/**
 * Level of detail on large graphs: which ties cytoscape draws in full and
 * which actors carry their names (detail-ties.ts), and which ties the
 * overview layer strokes (tie-layer.ts), kept in step with filters,
 * highlights, the selection and the camera.
 */
import type cytoscape from "cytoscape";
import { CERTAINTY_STROKE } from "../../core/view/certainty-style.ts";
import type { ResolvedVocabulary, Tie } from "../../../schema/index.ts";
import { collectionOf, updateData } from "./cy-collections.ts";
import { detailFor } from "./detail-ties.ts";
import { edgeElementMaker, tieColourer } from "./elements.ts";
import { batchTies } from "./tie-batches.ts";
import { TieLayer, type TieSegment } from "./tie-layer.ts";

/** The overview is a dense web: ties are drawn lighter than in full. */
const OVERVIEW_OPACITY = 0.55;
const UNDATED_OPACITY = 0.35;
const FADED_OPACITY = 0.12;
/** How long the camera must rest before the full-drawing set is brought up to date, ms. */
const DETAIL_DELAY = 150;

export class LevelOfDetail {
  private readonly layer: TieLayer;
  /**
   * The dataset's ties, by id. Element definitions are made only for the
   * ties drawn in full: one for each of 150,000 ties took 13 MB of the
   * page's heap, and their making a share of the load.
   */
  private ties = new Map<string, Tie>();
  private definition: (tie: Tie) => cytoscape.ElementDefinition = () => {
    throw new Error("no ties yet");
  };
  private colour: (tie: Tie) => string = () => "";
  // the adapter's sets, read only
  private shownActors: ReadonlySet<string> = new Set<string>();
  private shown: ReadonlySet<string> = new Set<string>();
  /** The shown ties: listed again when the ties or the filters change, not per camera move. */
  private shownTies: Tie[] = [];
  /** Whether what the overview layer draws must be worked out again (not only the camera moved). */
  private stale = true;
  private undated: ReadonlySet<string> = new Set<string>();
  private highlight: Set<string> | null = null;
  private selected: string | null = null;
  private detail = new Set<string>();
  /** Actors whose names are drawn. */
  private labelled = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onViewport = () => {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), DETAIL_DELAY);
  };

  constructor(
    container: HTMLElement,
    private readonly cy: cytoscape.Core,
  ) {
    this.layer = new TieLayer(container, cy);
    cy.on("viewport", this.onViewport);
  }

  /** The dataset's ties (after an edit, the whole new list), drawn with this vocabulary; returns the new ids. */
  setTies(ties: readonly Tie[], vocabulary: ResolvedVocabulary): string[] {
    const before = this.ties;
    this.ties = new Map(ties.map((t) => [t.id, t] as const));
    this.definition = edgeElementMaker(vocabulary);
    this.colour = tieColourer(vocabulary);
    const added = [...this.ties.keys()].filter((id) => !before.has(id));
    // a full drawing of a tie that changed takes the new data
    for (const id of this.detail) {
      const tie = this.ties.get(id);
      if (tie) updateData(this.cy.getElementById(id), this.definition(tie).data);
    }
    this.shownTies = this.listShown();
    this.stale = true;
    return added;
  }

  setVisibility(
    actors: ReadonlySet<string>,
    ties: ReadonlySet<string>,
    undated: ReadonlySet<string>,
  ): void {
    this.shownActors = actors;
    this.shown = ties;
    this.undated = undated;
    this.shownTies = this.listShown();
    this.stale = true;
    this.schedule();
  }

  /** Ties a reader picked: drawn in full, everything else faded. Null clears. */
  setHighlight(ties: ReadonlySet<string> | null): void {
    this.highlight = ties ? new Set(ties) : null;
    this.stale = true;
    this.schedule();
  }

  /** The selected tie is drawn in full so that it can show as selected. */
  setSelected(tieId: string | null): void {
    this.selected = tieId;
    this.stale = true;
    this.schedule();
  }

  positionsChanged(): void {
    this.layer.positionsChanged();
    this.onViewport();
  }

  resize(): void {
    this.layer.resize();
  }

  private frame = 0;

  /**
   * Refreshes before the next frame: a filter, a highlight and a selection
   * changed in one go cost one pass over the ties, not three.
   */
  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.refresh();
    });
  }

  /** Brings cytoscape's full drawings and the overview layer in line with the state. */
  refresh(): void {
    const cy = this.cy;
    if (cy.destroyed()) return;
    const always = [...(this.highlight ?? [])];
    if (this.selected) always.push(this.selected);
    const shownTies = this.shownTies;
    const { ties: wanted, actors: inView } = detailFor({
      extent: cy.extent(),
      position: (id) => {
        const node = cy.getElementById(id);
        return node.nonempty() ? node.position() : undefined;
      },
      shownActors: this.shownActors,
      shownTies,
      always,
    });
    cy.batch(() => {
      const gone: cytoscape.SingularElementArgument[] = [];
      for (const id of this.detail) if (!wanted.has(id)) gone.push(cy.getElementById(id));
      if (gone.length) cy.collection(gone as unknown as cytoscape.CollectionArgument).remove();
      const added: cytoscape.ElementDefinition[] = [];
      for (const id of wanted) {
        if (this.detail.has(id) && cy.getElementById(id).nonempty()) continue;
        const tie = this.ties.get(id);
        if (tie && cy.getElementById(tie.source).nonempty())
          added.push({ ...this.definition(tie), classes: this.classesFor(id) });
      }
      if (added.length) cy.add(added);
      for (const id of wanted) {
        const el = cy.getElementById(id);
        if (el.empty()) continue;
        el.classes(this.classesFor(id));
        if (id === this.selected && !el.selected()) el.select();
      }
    });
    const detail = new Set([...wanted].filter((id) => cy.getElementById(id).nonempty()));
    const sameDetail =
      detail.size === this.detail.size && [...detail].every((id) => this.detail.has(id));
    this.detail = detail;
    this.label(inView ?? new Set());
    // the layer follows the camera by itself: its ties change only with the state or the full drawings
    if (!this.stale && sameDetail) return;
    this.stale = false;
    const layerTies = shownTies.filter((tie) => !this.detail.has(tie.id));
    this.layer.setBatches(
      batchTies(layerTies, (tie) => ({
        color: this.colour(tie),
        opacity: this.layerOpacity(tie.id, tie.certainty),
      })),
    );
  }

  /** Names on the actors in view when they are few; none when the view is crowded. */
  private label(actors: Set<string>): void {
    const cy = this.cy;
    const off = collectionOf(cy, this.labelled, (id) => !actors.has(id));
    const on = collectionOf(cy, actors, (id) => !this.labelled.has(id));
    cy.batch(() => {
      if (off.nonempty()) off.removeClass("labelled");
      if (on.nonempty()) on.addClass("labelled");
    });
    this.labelled = new Set(actors);
  }

  private listShown(): Tie[] {
    const out: Tie[] = [];
    for (const id of this.shown) {
      const tie = this.ties.get(id);
      if (tie) out.push(tie);
    }
    return out;
  }

  private classesFor(id: string): string {
    const classes: string[] = [];
    if (this.undated.has(id)) classes.push("undated");
    if (this.highlight) classes.push(this.highlight.has(id) ? "highlight" : "faded");
    return classes.join(" ");
  }

  private layerOpacity(id: string, certainty: Tie["certainty"]): number {
    let opacity = (CERTAINTY_STROKE[certainty]?.opacity ?? 1) * OVERVIEW_OPACITY;
    if (this.undated.has(id)) opacity *= UNDATED_OPACITY;
    if (this.highlight && !this.highlight.has(id)) opacity *= FADED_OPACITY;
    return Math.round(opacity * 1000) / 1000;
  }

  /** The overview layer's ties in screen coordinates (figure exports). */
  segments(): TieSegment[] {
    return this.layer.segments();
  }

  paintOnto(ctx: CanvasRenderingContext2D, scale: number): void {
    this.layer.paintOnto(ctx, scale);
  }

  destroy(): void {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    if (!this.cy.destroyed()) this.cy.removeListener("viewport", this.onViewport);
    this.layer.destroy();
  }
}
