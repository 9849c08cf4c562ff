/* global window, document, performance, requestAnimationFrame, MutationObserver, PerformanceObserver, setTimeout, clearTimeout */
/**
 * Injected into every benchmark page (page.addInitScript) as plain
 * JavaScript: timings taken inside the page, on its own clock, so that
 * the automation round trips do not count. "Painted" means two
 * requestAnimationFrame callbacks later: the frame that ran the renderer's
 * own rAF work has been produced.
 */
window.__probe = (() => {
  const frames = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
    );

  /** Resolves with the time at which test() first holds, checking on every DOM change. */
  const until = (test, timeoutMs, what) =>
    new Promise((resolve, reject) => {
      if (test()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now());
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
    });

  const statusText = () =>
    [...document.querySelectorAll("[role=status]")]
      .map((el) => el.textContent || "")
      .find((text) => text.startsWith("Showing")) || "";

  // the file input's change event starts a load: from then on the status line and the layout
  // progress bar are watched inside the page, so a fast load is timed however late Node asks
  const state = { want: "", changeAt: 0, loaded: null, progressSeen: null, progressGone: null };
  let resolveLoaded = () => {};
  let layoutPainted = null;
  const watchProgress = new MutationObserver(() => {
    const present = document.querySelector("[role=progressbar]") !== null;
    if (present && state.progressSeen === null) state.progressSeen = performance.now();
    if (!present && state.progressSeen !== null && state.progressGone === null) {
      state.progressGone = performance.now();
      frames().then((t) => (layoutPainted = t));
    }
  });
  // an uncaught error while a load is pending ends it at once, instead of a long wait
  window.addEventListener("error", (event) => resolveLoaded({ error: String(event.message) }));
  document.addEventListener(
    "change",
    (event) => {
      if (!event.target || event.target.type !== "file" || !state.want) return;
      const changeAt = performance.now();
      state.changeAt = changeAt;
      state.progressSeen = null;
      state.progressGone = null;
      layoutPainted = null;
      watchProgress.observe(document, { subtree: true, childList: true });
      const want = state.want;
      until(() => statusText().startsWith(want), 1800000, want).then(
        async (shown) => {
          const painted = await frames();
          resolveLoaded({ shownMs: shown - changeAt, paintedMs: painted - changeAt });
        },
        (error) => resolveLoaded({ error: String(error) }),
      );
    },
    true,
  );

  // a load through the app's ?data= link: timed from navigation start
  const expected = window.__benchExpect;
  if (typeof expected === "number") {
    state.want = `Showing ${expected} of ${expected} actors`;
    state.loaded = new Promise((resolve) => (resolveLoaded = resolve));
    watchProgress.observe(document, { subtree: true, childList: true });
    until(() => statusText().startsWith(state.want), 1800000, state.want).then(
      async (shown) => resolveLoaded({ shownMs: shown, paintedMs: await frames() }),
      (error) => resolveLoaded({ error: String(error) }),
    );
  }

  // long animation frames (> 50 ms): what blocked the page, and whether a paint callback did it
  const loafs = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        loafs.push({
          start: e.startTime,
          end: e.startTime + e.duration,
          duration: e.duration,
          scripts: (e.scripts || []).map((s) => ({
            invoker: String(s.invoker || ""),
            type: String(s.invokerType || ""),
            start: s.startTime,
            duration: s.duration,
            source: `${s.sourceFunctionName || ""}@${String(s.sourceURL || "")
              .split("/")
              .pop()}:${s.sourceCharPosition}`,
          })),
        });
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // no Long Animation Frames API: settle() falls back to the painted frame
  }
  const isPaintCallback = (script) =>
    /requestAnimationFrame|FrameRequestCallback/.test(script.invoker);

  let frameTimes = [];
  let recording = false;
  let pendingKey = null;

  return {
    frames,
    statusText,

    /**
     * After an action that started at `t0` (page clock): waits until the main
     * thread has been quiet for `quietMs` (timers firing on time), then
     * reports when it last was busy (the work the action left behind, e.g. a
     * renderer's deferred drawing), the longest frame, and the longest script
     * that ran outside a requestAnimationFrame callback (the "blocked outside
     * a paint" figure), from the Long Animation Frames API.
     */
    async settle(t0, quietMs = 1000, timeoutMs = 600000) {
      const started = performance.now();
      await frames();
      // the thread is quiet while 50 ms timers fire on time; a late one means it was busy
      let busyUntil = performance.now();
      let last = busyUntil;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const now = performance.now();
        if (now - last > 100) busyUntil = now;
        last = now;
        if (now - busyUntil >= quietMs || now - started > timeoutMs) break;
      }
      // a late timer fires when the busy task ends: the last one marks when the thread settled
      const settledAt = busyUntil;
      let longestFrame = 0;
      let longestScript = 0;
      let longestScriptInvoker = "";
      for (const l of loafs) {
        if (l.end <= t0 || l.start > settledAt) continue;
        longestFrame = Math.max(longestFrame, l.duration);
        for (const s of l.scripts) {
          if (isPaintCallback(s) || s.duration <= longestScript) continue;
          longestScript = s.duration;
          longestScriptInvoker = s.invoker;
        }
      }
      return {
        settledMs: settledAt - t0,
        longestFrameMs: longestFrame,
        longestScriptMs: longestScript,
        longestScriptInvoker,
      };
    },
    /** Every long animation frame so far (for debugging a measurement). */
    longFrames: () => loafs.slice(),

    /** Call before picking a file of `actors` actors; `fileLoaded()` then resolves with its timings. */
    expectLoad(actors) {
      state.want = `Showing ${actors} of ${actors} actors`;
      state.loaded = new Promise((resolve) => (resolveLoaded = resolve));
    },
    /** ms from the file's change event to the full status line, and to a painted frame. */
    fileLoaded() {
      return state.loaded;
    },

    /** ms from the file's change event until the layout progress bar has come and gone, and to a painted frame. */
    async layoutDone(timeoutMs) {
      const start = performance.now();
      while (layoutPainted === null) {
        if (performance.now() - start > timeoutMs) throw new Error("layout did not finish");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return {
        layoutMs: state.progressGone - state.changeAt,
        paintedMs: layoutPainted - state.changeAt,
        workerMs: state.progressGone - state.progressSeen,
      };
    },

    /** Clicks the checkbox of a domain in the Domains group; ms to the click's return, the new status line and a painted frame. */
    async toggleDomain(label) {
      const group = [...document.querySelectorAll("fieldset")].find(
        (f) => f.querySelector("legend")?.textContent === "Domains",
      );
      const row = [...(group ? group.querySelectorAll("label") : [])].find(
        (l) => l.querySelector(".term-label")?.textContent === label,
      );
      const box = row?.querySelector("input[type=checkbox]");
      if (!box) throw new Error(`no Domains checkbox for ${label}`);
      const before = statusText();
      const t0 = performance.now();
      box.click();
      const returned = performance.now();
      const shown = await until(() => statusText() !== before, 300000, "new status line");
      const painted = await frames();
      return {
        syncMs: returned - t0,
        shownMs: shown - t0,
        paintedMs: painted - t0,
        status: statusText(),
        startedAt: t0,
      };
    },

    /** Clicks "Find paths" (ends already chosen); ms to the results (or the no-path note) and a painted frame. */
    async findPaths() {
      const button = [...document.querySelectorAll("button")].find(
        (b) => (b.textContent || "").trim() === "Find paths",
      );
      if (!button) throw new Error("no Find paths button");
      const done = () =>
        document.querySelector('[aria-label="Paths found"], .no-path, .paths-panel [role=alert]');
      const t0 = performance.now();
      button.click();
      const shown = await until(() => done() !== null, 1800000, "path results");
      const painted = await frames();
      return {
        shownMs: shown - t0,
        paintedMs: painted - t0,
        startedAt: t0,
        found: document.querySelectorAll('[aria-label="Paths found"] > li').length,
      };
    },

    /** Arms a measurement of the next keystroke: from keydown to the input's update rendered and painted. */
    armKeystroke() {
      let keyAt = null;
      pendingKey = new Promise((resolve) => {
        const onKey = (event) => {
          keyAt = event.timeStamp;
        };
        const onInput = () => {
          document.removeEventListener("keydown", onKey, true);
          window.removeEventListener("input", onInput);
          // React renders discrete input in a microtask queued during its own handler, before this one
          Promise.resolve()
            .then(() => null)
            .then(async () => {
              const rendered = performance.now();
              const painted = await frames();
              const hits = document.querySelectorAll("[role=listbox] [role=option]").length;
              resolve({ renderedMs: rendered - keyAt, paintedMs: painted - keyAt, hits });
            });
        };
        document.addEventListener("keydown", onKey, true);
        window.addEventListener("input", onInput);
      });
    },
    keystroke: () => pendingKey,

    startFrames() {
      frameTimes = [];
      recording = true;
      const loop = (t) => {
        frameTimes.push(t);
        if (recording) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    /** Stops recording; the intervals between successive frames, ms. */
    stopFrames() {
      recording = false;
      return frameTimes.slice(1).map((t, i) => t - frameTimes[i]);
    },
  };
})();
