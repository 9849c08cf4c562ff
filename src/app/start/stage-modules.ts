/**
 * The modules that begin a stage of the app's start (staged-start.ts),
 * relative to the project. The build lists their chunks, and the chunks
 * those import, as module preloads of the page (vite.config.ts), so that
 * every stage is downloaded by the time the one before has run. Kept apart,
 * without imports, so the build's config can read it.
 */
export const START_STAGE_MODULES = [
  "src/app/start/react-runtime.ts",
  "src/app/start/model-runtime.ts",
  "src/app/start-app.tsx",
  "src/app/graph/drawing.ts",
];
