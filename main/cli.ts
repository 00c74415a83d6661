#!/usr/bin/env node
// The `dialogrum` command line (package.json "bin"): subcommands live in main/cli/.
import { runCli } from './cli/runCli';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date(),
});
