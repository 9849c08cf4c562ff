/** Chromium for the benchmark: the browser tests' binary and flags, plus software WebGL for sigma. */
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_FLAGS, findChromium } from "../../tests/browser/chromium.ts";

export const SOFTWARE_WEBGL_FLAGS = ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"];

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...SOFTWARE_WEBGL_FLAGS],
  });
}
