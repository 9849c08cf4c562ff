/**
 * The `tamyr` command line: a thin layer over src/core.
 * Exit codes: 0 ok, 1 invalid data, 2 usage or unreadable file.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { COMMANDS } from "./commands.ts";
import { CliUsageError, type CliIo, nodeIo } from "./io.ts";

const HELP = `tamyr — check, convert and analyse actor-network datasets

Usage: tamyr <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(15)} ${command.summary}`)
  .join("\n")}

Run 'tamyr <command> --help' for a command's options.
Exit codes: 0 ok, 1 invalid data, 2 usage error or unreadable file.`;

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`tamyr: unknown command '${name}'. Run 'tamyr --help' for the list.`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`tamyr ${name}: ${error.message}`);
      return 2;
    }
    io.err(`tamyr ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

// run when started directly (`tsx src/cli/main.ts …`, as the npm scripts do); bin/tamyr.js imports it instead
const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  process.exitCode = await main(process.argv.slice(2));
}
