/** The module vite.config.ts writes at build time (src/core/dataset/validator-factories.ts). */
declare module "virtual:validator-factories" {
  export const FACTORIES: Readonly<Record<string, (...constants: unknown[]) => unknown>>;
}
