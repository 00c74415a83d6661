import type { CliCommand, CliIo } from './cliTypes';
import { COMMANDS } from './commands';
import { CliError, EXIT, EXIT_CODES_TEXT, type ExitCode } from './exitCodes';

export function mainUsage(commands: readonly CliCommand[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: dialogrum <command> [arguments]

Commands:
${list}

Run "dialogrum <command> --help" for a command's options.

${EXIT_CODES_TEXT}`;
}

/**
 * The dispatcher: pick the subcommand by its name, run it, turn its failures into a message and
 * an exit code. Never throws; never calls process.exit (the entry does), so tests can run it.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`${mainUsage(commands)}\n`);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${mainUsage(commands)}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${mainUsage(commands)}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`dialogrum ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not a user's mistake: say so, with the stack for the report.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`dialogrum ${command.name}: unexpected error\n${detail}\n`);
    return EXIT.exportFailed;
  }
}
