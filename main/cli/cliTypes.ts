import type { ExitCode } from './exitCodes';

/** Where a command writes, and what it runs in: injected so tests need no real terminal. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** The clock for "generated at"; a command line option can override it. */
  now: () => Date;
}

/** One subcommand (`dialogrum export …`). Add a file here and a line in main/cli/commands.ts. */
export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full usage text of the command. */
  usage: string;
  /** Run with the arguments after the command's name; resolve to the exit code. */
  run: (args: string[], io: CliIo) => Promise<ExitCode>;
}
