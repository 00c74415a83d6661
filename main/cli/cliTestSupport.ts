import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Test support for the CLI's tests: the CLI run as a script runs it. */

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** A fixed time for exports whose output shows when they were made. */
export const GENERATED_AT = '--generated-at=2026-11-25T12:00:00Z';
// By file URL, so the child finds tsx whatever its working directory.
const TSX = pathToFileURL(path.join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI as a child process (with `node` flags before the script): exit code and output. */
export function runCli(
  args: string[],
  cwd = REPO_ROOT,
  env: NodeJS.ProcessEnv = {},
  node: string[] = [],
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...node, '--import', TSX, path.join(REPO_ROOT, 'main/cli.ts'), ...args],
      { cwd, env: { ...process.env, TZ: 'Europe/Copenhagen', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
