/** The registry of `tamyr` commands. Each command lives in its own file under commands/. */
import type { CliIo } from "./io.ts";
import { validateCommand } from "./commands/validate.ts";
import { verifyQuotesCommand } from "./commands/verify-quotes.ts";
import { schemaCommand } from "./commands/schema.ts";
import { statsCommand } from "./commands/stats.ts";
import { pathsCommand } from "./commands/paths.ts";
import { generateCommand } from "./commands/generate.ts";
import { exportCommand } from "./commands/export.ts";
import { importCommand } from "./commands/import.ts";

export interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}

export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  "verify-quotes": verifyQuotesCommand,
  schema: schemaCommand,
  stats: statsCommand,
  paths: pathsCommand,
  generate: generateCommand,
  export: exportCommand,
  import: importCommand,
};
