/**
 * The baseline page: `window.bench` loads the data (untimed), then times
 * the first painted frame and filter changes, for one renderer.
 */
import { RENDERERS, type BaselineData, type Renderer, type RendererName } from "./renderers.ts";

const frames = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
  );

let data: BaselineData | null = null;
let renderer: Renderer | null = null;
/** When the last timed action started (page clock), for the probe's settle(). */
let startedAt = 0;

const bench = {
  async prepare(dataUrl: string, datasetUrl?: string): Promise<number> {
    data = (await (await fetch(dataUrl)).json()) as BaselineData;
    if (datasetUrl)
      data.dataset = (await (await fetch(datasetUrl)).json()) as BaselineData["dataset"];
    return data.elements.length;
  },
  /** ms from creating the renderer to a painted frame. */
  async render(name: RendererName): Promise<number> {
    const container = document.getElementById("graph");
    if (!data || !container) throw new Error("prepare first");
    const t0 = performance.now();
    startedAt = t0;
    renderer = await RENDERERS[name](container, data);
    return (await frames()) - t0;
  },
  async hide(): Promise<number> {
    const t0 = performance.now();
    startedAt = t0;
    renderer?.hide();
    return (await frames()) - t0;
  },
  startedAt: () => startedAt,
  async show(): Promise<number> {
    const t0 = performance.now();
    startedAt = t0;
    renderer?.show();
    return (await frames()) - t0;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
