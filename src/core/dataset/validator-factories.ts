/**
 * Compiled validators where eval is forbidden. zod compiles a schema by
 * generating JavaScript and turning it into a function with
 * `new Function(...constants, code)`; the browser app's
 * Content-Security-Policy forbids that, so the page and the dataset worker
 * used to validate with the schema as built (`jitless`), two to three times
 * slower. zod provides for this case (`withParser`: "for a build-time
 * compiler"): here the build records the code zod generates for the
 * dataset's schemas and writes each piece as an ordinary function into a
 * module (`factoryModuleSource`, used by a Vite plugin in vite.config.ts);
 * at run time `withFactories` lets zod compile as usual, but answers each
 * `new Function` from that module instead of eval. Code the build did not
 * record is refused, exactly as the Content-Security-Policy would refuse it,
 * and zod then keeps the schema as built: the answers are the same either
 * way, only slower.
 *
 * Both swaps of the global `Function` are synchronous and undone in a
 * `finally`; nothing else runs meanwhile.
 */

/** A generated function's factory: given zod's constants, returns the validator. */
export type Factory = (...constants: unknown[]) => unknown;

/** One function zod generated: its parameters (the constants' names) and its body. */
export interface GeneratedCode {
  params: string[];
  body: string;
}

/** The key of a piece of generated code: its length and a 32-bit FNV-1a hash of its text. */
export function codeKey(code: GeneratedCode): string {
  const text = `${code.params.join(",")}\n${code.body}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

type FunctionConstructor = (...args: string[]) => unknown;

/** Runs `work` with the global `Function` replaced by `stand`, and puts it back whatever happens. */
function withFunction<T>(stand: FunctionConstructor, work: () => T): T {
  const global = globalThis as unknown as { Function: unknown };
  const original = global.Function;
  global.Function = stand;
  try {
    return work();
  } finally {
    global.Function = original;
  }
}

/**
 * Runs `compile` (where eval is allowed: at build time, in Node) and returns
 * the code of every function zod generated meanwhile. zod's probe of whether
 * eval works (an empty function) is left out, so that it is never answered
 * from the module.
 */
export function recordGeneratedCode(compile: () => void): GeneratedCode[] {
  const original = globalThis.Function;
  const recorded: GeneratedCode[] = [];
  // a function expression, not an arrow: zod calls it with `new`
  withFunction(function record(...args: string[]) {
    const body = args.at(-1) ?? "";
    if (body.trim() !== "") recorded.push({ params: args.slice(0, -1), body });
    return original(...args);
  }, compile);
  return recorded;
}

/**
 * The source of a module exporting `FACTORIES`: for each recorded piece of
 * code, its key and an ordinary function with the same parameters and body.
 */
export function factoryModuleSource(recorded: GeneratedCode[]): string {
  const entries = new Map<string, string>();
  for (const code of recorded) {
    entries.set(codeKey(code), `function (${code.params.join(", ")}) {\n${code.body}\n}`);
  }
  const lines = [...entries].map(([key, fn]) => `  ${JSON.stringify(key)}: ${fn},`);
  return [
    "// Generated at build time from the dataset schema (src/core/dataset/validator-factories.ts).",
    "export const FACTORIES = {",
    ...lines,
    "};",
    "",
  ].join("\n");
}

/** Thrown for generated code no factory was written for, as eval under the Content-Security-Policy would be refused. */
export class NotPrecompiled extends EvalError {
  constructor() {
    super("this code was not compiled at build time");
  }
}

/**
 * Runs `compile` with every `new Function` answered from `factories` instead
 * of eval; code with no factory is refused (NotPrecompiled).
 */
export function withFactories<T>(
  factories: Readonly<Record<string, Factory>>,
  compile: () => T,
): T {
  return withFunction(function precompiled(...args: string[]) {
    const key = codeKey({ params: args.slice(0, -1), body: args.at(-1) ?? "" });
    const factory = Object.hasOwn(factories, key) ? factories[key] : undefined;
    if (!factory) throw new NotPrecompiled();
    return factory;
  }, compile);
}
