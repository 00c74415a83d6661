import type { CliCommand } from './cliTypes';
import { exportCommand } from './exportCommand';
import { programmeCommand } from './programmeCommand';

/** The subcommands of `dialogrum`. A new one is a module under main/cli/ and a line here. */
export const COMMANDS: readonly CliCommand[] = [exportCommand, programmeCommand];
