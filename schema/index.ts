export * from "./certainty.ts";
export * from "./dates.ts";
export * from "./vocabulary.ts";
export * from "./entities.ts";
export * from "./dataset.ts";
export * from "./narratives.ts";
