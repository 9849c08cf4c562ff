/**
 * A dataset as JSON text in pieces, so that very large datasets can be
 * written without building one huge string: one record a line, the rest
 * indented as usual. Key order follows the objects, so output is stable.
 */
import type { Dataset } from "../../../schema/index.ts";

export function* datasetJsonChunks(dataset: Dataset): Generator<string> {
  yield "{\n";
  const entries = Object.entries(dataset).filter(([, value]) => value !== undefined);
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k] as [string, unknown];
    if (Array.isArray(value)) {
      yield `  ${JSON.stringify(key)}: [`;
      for (let i = 0; i < value.length; i++) {
        yield `${i > 0 ? "," : ""}\n    ${JSON.stringify(value[i])}`;
      }
      yield value.length > 0 ? "\n  ]" : "]";
    } else {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}`;
    }
    yield k < entries.length - 1 ? ",\n" : "\n";
  }
  yield "}\n";
}

/** The whole text at once, for datasets that fit comfortably in one string. */
export function datasetJsonText(dataset: Dataset): string {
  return [...datasetJsonChunks(dataset)].join("");
}
