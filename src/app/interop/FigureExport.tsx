/** The figure part of the export dialog: PNG at 1×, 2× or 4×, or SVG, each with its legend. */
import { useMemo, useState } from "react";
import { downloadBlob } from "../file/download.ts";
import type { CyAdapter } from "../graph/cy-adapter.ts";
import { figureFileName } from "./file-names.ts";
import { pngFigure } from "./figure-png.ts";
import { svgFigure } from "./figure-svg.ts";
import { canvasMeasure } from "./legend-canvas.ts";
import type { LegendSection } from "./legend-items.ts";
import { figureSize, layoutLegend } from "./legend-layout.ts";

const SCALES = [1, 2, 4] as const;

interface Props {
  title: string;
  sections: LegendSection[];
  getAdapter(): CyAdapter | null;
}

export function FigureExport({ title, sections, getAdapter }: Props) {
  const [scale, setScale] = useState<number>(2);
  const [transparent, setTransparent] = useState(false);
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const cy = getAdapter()?.cy;
  const view = cy ? { width: cy.width(), height: cy.height() } : null;
  const viewHeight = view?.height ?? 0;
  const legend = useMemo(
    () => layoutLegend(sections, canvasMeasure(), viewHeight || Infinity),
    [sections, viewHeight],
  );
  const usable = view !== null && view.width > 0 && view.height > 0;
  const size = usable ? figureSize(view, legend, scale) : null;

  const run = async (kind: "png" | "svg") => {
    const adapter = getAdapter();
    const current = adapter?.cy;
    if (!adapter || !current) return;
    setBusy(true);
    setStatus("");
    try {
      const fileName = figureFileName(title, kind, scale);
      const blob =
        kind === "png"
          ? await pngFigure(current, legend, {
              scale,
              transparent,
              // on large graphs most ties are on the overview layer, not cytoscape's canvas
              underlay: (ctx, s) => adapter.paintOverviewTies(ctx, s),
            })
          : new Blob([await svgFigure(current, legend, { transparent }, adapter.overviewTies())], {
              type: "image/svg+xml;charset=utf-8",
            });
      downloadBlob(fileName, blob);
      setStatus(`Saved ${fileName}.`);
    } catch (error) {
      setStatus(
        `Could not draw the figure: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-section" aria-labelledby="export-figure-title">
      <h3 id="export-figure-title">Figure of the current view</h3>
      <p className="hint">
        The graph as it is on screen, with a legend of the domains, roles, tie types and certainty
        levels it shows, to its right.
      </p>
      {!usable && <p className="hint">Open the Graph tab to make a figure of it.</p>}
      <fieldset className="inline-options">
        <legend>PNG scale</legend>
        {SCALES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="figure-scale"
              checked={scale === s}
              onChange={() => setScale(s)}
            />{" "}
            {s}×
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={transparent}
          onChange={(e) => setTransparent(e.target.checked)}
        />{" "}
        Transparent background
      </label>
      {size && view && (
        <p className="hint">
          View {view.width} × {view.height} px, legend {legend.width} px wide: the PNG will be{" "}
          {size.width} × {size.height} px; the SVG {figureSize(view, legend, 1).width} ×{" "}
          {figureSize(view, legend, 1).height} units.
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" disabled={!usable || busy} onClick={() => void run("png")}>
          Download PNG
        </button>
        <button type="button" disabled={!usable || busy} onClick={() => void run("svg")}>
          Download SVG
        </button>
      </div>
      <p role="status" className="export-status">
        {busy ? "Drawing…" : status}
      </p>
    </section>
  );
}
