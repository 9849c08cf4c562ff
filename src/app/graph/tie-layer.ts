/**
 * The overview tie layer for large graphs: every shown tie that is not a
 * cytoscape edge, drawn as a 1-pixel line on one canvas beneath cytoscape's.
 *
 * Cytoscape spends about 75 µs on each element it holds (creation, style,
 * bounding box, per-element textures), so 150,000 ties cost it tens of
 * seconds; stroked here, grouped by colour and opacity into a handful of
 * paths, they take a small fraction of that. While the camera moves, the
 * last drawing is moved and scaled with a CSS transform; it is redrawn once
 * the camera rests.
 */
import type cytoscape from "cytoscape";
import type { TieBatch } from "./tie-batches.ts";

/** How long the camera must rest before the layer is redrawn, ms. */
const REDRAW_DELAY = 120;

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** A tie in screen coordinates, for figure exports. */
export interface TieSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  opacity: number;
}

/** Both ends beyond the same edge of a view of this size: the line cannot cross it. */
export function offView(
  t: { x1: number; y1: number; x2: number; y2: number },
  width: number,
  height: number,
): boolean {
  return (
    (t.x1 < 0 && t.x2 < 0) ||
    (t.y1 < 0 && t.y2 < 0) ||
    (t.x1 > width && t.x2 > width) ||
    (t.y1 > height && t.y2 > height)
  );
}

export class TieLayer {
  readonly canvas: HTMLCanvasElement;
  private batches: TieBatch[] = [];
  private positions = new Map<string, { x: number; y: number }>();
  private positionsStale = true;
  private drawn: Viewport | null = null;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly onViewport = () => this.follow();
  private readonly onPosition = () => {
    this.positionsStale = true;
    this.schedule();
  };

  constructor(
    private readonly container: HTMLElement,
    private readonly cy: cytoscape.Core,
  ) {
    this.canvas = document.createElement("canvas");
    this.canvas.className = "tie-layer";
    this.canvas.setAttribute("aria-hidden", "true");
    container.insertBefore(this.canvas, container.firstChild);
    cy.on("viewport", this.onViewport);
    cy.on("position", "node", this.onPosition);
    this.resize();
  }

  /** The ties to draw, batched by look (already filtered, and without those cytoscape draws). */
  setBatches(batches: TieBatch[]): void {
    this.batches = batches;
    this.schedule();
  }

  /** Node positions changed in bulk (a layout, a saved arrangement). */
  positionsChanged(): void {
    this.onPosition();
  }

  resize(): void {
    const width = Math.max(1, this.container.clientWidth);
    const height = Math.max(1, this.container.clientHeight);
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.drawn = null;
      this.schedule();
    }
  }

  /** Draws on the next animation frame. */
  schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Moves the last drawing with the camera, and redraws when the camera rests. */
  private follow(): void {
    const now = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    if (this.drawn) {
      const k = now.zoom / this.drawn.zoom;
      const tx = now.pan.x - this.drawn.pan.x * k;
      const ty = now.pan.y - this.drawn.pan.y * k;
      this.canvas.style.transform = `matrix(${k}, 0, 0, ${k}, ${tx}, ${ty})`;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.schedule(), REDRAW_DELAY);
  }

  private refreshPositions(): void {
    if (!this.positionsStale) return;
    this.positions.clear();
    this.cy.nodes().forEach((n) => {
      this.positions.set(n.id(), n.position());
    });
    this.positionsStale = false;
  }

  private draw(): void {
    if (this.cy.destroyed()) return;
    this.refreshPositions();
    const ctx = this.canvas.getContext("2d");
    if (!ctx) return;
    const viewport = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
    const { width, height } = this.canvas;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    this.canvas.style.transform = "";
    this.drawn = viewport;
    ctx.lineWidth = 1;
    const { zoom, pan } = viewport;
    for (const batch of this.batches) {
      ctx.strokeStyle = batch.color;
      ctx.globalAlpha = batch.opacity;
      ctx.beginPath();
      for (const tie of batch.ties) {
        const a = this.positions.get(tie.source);
        const b = this.positions.get(tie.target);
        if (!a || !b) continue;
        const x1 = a.x * zoom + pan.x;
        const y1 = a.y * zoom + pan.y;
        const x2 = b.x * zoom + pan.x;
        const y2 = b.y * zoom + pan.y;
        if (offView({ x1, y1, x2, y2 }, width, height)) continue;
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
      }
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
  }

  /** What the layer shows, in screen coordinates of the current camera. */
  segments(): TieSegment[] {
    this.refreshPositions();
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const out: TieSegment[] = [];
    for (const { color, opacity, ties } of this.batches) {
      for (const tie of ties) {
        const a = this.positions.get(tie.source);
        const b = this.positions.get(tie.target);
        if (!a || !b) continue;
        out.push({
          x1: a.x * zoom + pan.x,
          y1: a.y * zoom + pan.y,
          x2: b.x * zoom + pan.x,
          y2: b.y * zoom + pan.y,
          color,
          opacity,
        });
      }
    }
    return out;
  }

  /** Paints the current drawing onto another canvas (a figure), scaled. */
  paintOnto(ctx: CanvasRenderingContext2D, scale: number): void {
    this.draw();
    ctx.save();
    ctx.scale(scale, scale);
    ctx.drawImage(this.canvas, 0, 0);
    ctx.restore();
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    if (!this.cy.destroyed()) {
      this.cy.removeListener("viewport", this.onViewport);
      this.cy.removeListener("position", "node", this.onPosition);
    }
    this.canvas.remove();
  }
}
