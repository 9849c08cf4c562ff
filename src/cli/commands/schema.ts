/** `tamyr schema [-o FILE]` */
import { parseArgs } from "node:util";
import { datasetJsonSchemaText } from "../../../schema/json-schema.ts";
import { parseOrUsage, usageError } from "../args.ts";
import type { CliIo } from "../io.ts";
import type { Command } from "../commands.ts";

const USAGE = `Usage: tamyr schema [-o FILE]

Prints the JSON Schema of Tamyr dataset files, generated from Tamyr's own
schema, for editors and other tools. A dataset points to it with
  "$schema": "../schema/tamyr-dataset.schema.json"
The JSON Schema checks structure only; 'tamyr validate' also checks
references, dates and links.

Options:
  -o, --output FILE   write the schema to FILE instead of printing it
  -h, --help          show this help

Exit codes: 0 ok, 2 usage error or unwritable file.`;

export const schemaCommand: Command = {
  summary: "print or write the JSON Schema of dataset files",
  run(args: string[], io: CliIo) {
    const { values, positionals } = parseOrUsage(
      () =>
        parseArgs({
          args,
          allowPositionals: true,
          options: {
            output: { type: "string", short: "o" },
            help: { type: "boolean", short: "h" },
          },
        }),
      USAGE,
    );
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length > 0) {
      throw usageError(`unexpected argument '${positionals[0]}'`, USAGE);
    }
    const text = datasetJsonSchemaText();
    if (values.output === undefined) {
      io.out(text.trimEnd());
    } else {
      io.writeText(values.output, text);
      io.out(`wrote ${values.output}`);
    }
    return 0;
  },
};
