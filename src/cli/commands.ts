/** The registry of `tamyr` commands. Each command lives in its own file under commands/. */
import type { CliIo } from "./io.ts";
import { validateCommand } from "./commands/validate.ts";

export interface Command {
  summary: string;
  run(args: string[], io: CliIo): Promise<number> | number;
}

export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
};
