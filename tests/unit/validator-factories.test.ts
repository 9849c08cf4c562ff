/**
 * Compiled validators without eval: the code zod generates for the dataset's
 * schemas, recorded at build time and written as ordinary functions, then
 * used by zod in place of `new Function` (validator-factories.ts).
 */
import fc from "fast-check";
import { config } from "zod";
import { Dataset } from "../../schema/index.ts";
import { afterEach, describe, expect, it } from "vitest";
import {
  compiledSchemas,
  compileSchemas,
  isDataset,
  RECORD_LISTS,
  usePrecompiledSchemas,
} from "../../src/core/dataset/dataset-validator.ts";
import {
  codeKey,
  factoryModuleSource,
  NotPrecompiled,
  recordGeneratedCode,
  withFactories,
  type Factory,
} from "../../src/core/dataset/validator-factories.ts";
import { generateDataset } from "../../src/core/generate/generate-dataset.ts";
import { mutated } from "./arbitraries/mutated-dataset.ts";

/** The module the build writes, evaluated as the bundle would evaluate it. */
async function builtModule(): Promise<Record<string, Factory>> {
  const source = factoryModuleSource(recordGeneratedCode(() => void compileSchemas()));
  const module = (await import(
    `data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`
  )) as { FACTORIES: Record<string, Factory> };
  return module.FACTORIES;
}

/** Runs `work` where eval is refused, as under the app's Content-Security-Policy. */
function withoutEval<T>(work: () => T): T {
  const global = globalThis as unknown as { Function: unknown };
  const original = global.Function;
  global.Function = function refused() {
    throw new EvalError("eval is forbidden here");
  };
  try {
    return work();
  } finally {
    global.Function = original;
  }
}

afterEach(() => {
  usePrecompiledSchemas(null);
  config({ jitless: false });
});

describe("validator factories", () => {
  it("records each function zod generates for the schemas, and not its probe of eval", () => {
    const recorded = recordGeneratedCode(() => void compileSchemas());
    // a parser and an assert-only validator for each of the five schemas, at least
    expect(recorded.length).toBeGreaterThanOrEqual(10);
    expect(recorded.every((code) => code.body.trim() !== "")).toBe(true);
    expect(recorded.every((code) => code.params[0] === "INVALID")).toBe(true);
  });

  it("keys code by its parameters and body", () => {
    const a = { params: ["INVALID", "c0"], body: "return 1" };
    expect(codeKey(a)).toBe(codeKey({ ...a }));
    expect(codeKey(a)).not.toBe(codeKey({ ...a, body: "return 2" }));
    expect(codeKey(a)).not.toBe(codeKey({ ...a, params: ["INVALID", "c1"] }));
  });

  it("writes a module with a factory for every recorded piece of code", async () => {
    const recorded = recordGeneratedCode(() => void compileSchemas());
    const factories = await builtModule();
    for (const code of recorded) expect(typeof factories[codeKey(code)]).toBe("function");
  });

  it("compiles all five schemas from the module where zod may not generate code", async () => {
    const factories = await builtModule();
    config({ jitless: true });
    expect(compiledSchemas()).toBeUndefined();
    const original = globalThis.Function;
    expect(withoutEval(() => usePrecompiledSchemas(factories))).toBe(5);
    expect(globalThis.Function).toBe(original);
    const schemas = compiledSchemas();
    expect(schemas?.records.ties).not.toBe(RECORD_LISTS.ties);
    const data = JSON.parse(JSON.stringify(generateDataset({ actors: 300, seed: 5 })));
    expect(isDataset(data)).toBe(true);
    data.ties[7].certainty = "certain-ish";
    expect(isDataset(data)).toBe(false);
  });

  it("gives the schema's verdict when any one value is replaced by anything (compiled from the module)", async () => {
    config({ jitless: true });
    const factories = await builtModule();
    expect(withoutEval(() => usePrecompiledSchemas(factories))).toBe(5);
    fc.assert(
      fc.property(mutated, (input) => {
        expect(isDataset(input)).toBe(Dataset.safeParse(input).success);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses code it has no factory for, as the Content-Security-Policy would, and puts Function back", () => {
    const original = globalThis.Function;
    // what zod does to compile, without writing `new Function` here
    const generate = () => Reflect.construct(globalThis.Function, ["return 1"]) as unknown;
    expect(() => withFactories({}, generate)).toThrow(NotPrecompiled);
    expect(globalThis.Function).toBe(original);
    // zod keeps a schema it cannot compile as built: nothing is compiled, answers stay right
    config({ jitless: true });
    expect(usePrecompiledSchemas({})).toBe(0);
    const data = JSON.parse(JSON.stringify(generateDataset({ actors: 50, seed: 6 })));
    expect(isDataset(data)).toBe(true);
  });
});
