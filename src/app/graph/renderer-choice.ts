/**
 * Which of cytoscape's renderers draws the actors: its canvas renderer, or
 * its WebGL one. WebGL pays off with a graphics card; without one, browsers
 * emulate it on the CPU (SwiftShader, llvmpipe), where it is slower than the
 * canvas. "Automatic" takes WebGL only for large graphs on a machine whose
 * WebGL is hardware. The choice is a preference of this browser.
 */

export type RendererChoice = "auto" | "canvas" | "webgl";

export const RENDERER_LABELS: Record<RendererChoice, string> = {
  auto: "Automatic",
  canvas: "Canvas",
  webgl: "WebGL",
};

const KEY = "tamyr:renderer";

export function loadRendererChoice(): RendererChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === "canvas" || value === "webgl" ? value : "auto";
  } catch {
    return "auto";
  }
}

export function saveRendererChoice(choice: RendererChoice): void {
  try {
    localStorage.setItem(KEY, choice);
  } catch {
    // storage unavailable: the choice holds for this page only
  }
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let probed: { available: boolean; hardware: boolean } | null = null;

/** Whether this browser has WebGL 2 at all, and whether it runs on a graphics card (not a CPU emulation). */
export function webglSupport(): { available: boolean; hardware: boolean } {
  if (probed) return probed;
  probed = { available: false, hardware: false };
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (gl) {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      const name = String(
        info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
      );
      probed = { available: true, hardware: !SOFTWARE.test(name) };
      gl.getExtension("WEBGL_lose_context")?.loseContext();
    }
  } catch {
    // no WebGL: the canvas renderer it is
  }
  return probed;
}

/** Whether to draw with WebGL, for this choice and a graph that is `large` or not. */
export function drawsWithWebgl(choice: RendererChoice, large: boolean): boolean {
  // the canvas needs no probe: creating a WebGL context emulated on the CPU takes 20–50 ms
  if (choice === "canvas" || (choice === "auto" && !large)) return false;
  const support = webglSupport();
  return choice === "webgl" ? support.available : support.hardware;
}
