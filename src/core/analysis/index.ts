/** The analysis core: paths, explanations, ego networks, metrics and robustness. Pure; runs in Node or a Web Worker. */
export * from "./actor-sets.ts";
export * from "./analysis-network.ts";
export * from "./constraints.ts";
export * from "./describe-path.ts";
export * from "./ego.ts";
export * from "./explain-no-path.ts";
export * from "./hop-cache.ts";
export * from "./metrics.ts";
export * from "./path-result.ts";
export * from "./paths.ts";
export * from "./progress.ts";
export * from "./robustness.ts";
