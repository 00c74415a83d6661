// Browser mode as a process, the way `npm run serve` runs it (from source, through tsx).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const serveTs = path.join(repoRoot, 'main', 'serve.ts');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dialogrum-serve-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs serve.ts until `until` appears in its output (then stops it with SIGTERM) or it exits. */
function serve(args: string[], env: Record<string, string>, until?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', serveTs, ...args], {
      cwd: repoRoot, // where tsx resolves
      env: { ...process.env, DIALOGRUM_NO_SAMPLE: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until?.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('browser mode (main/serve.ts)', () => {
  it('prints its usage for --help, with no error before it', async () => {
    const run = await serve(['--help'], {});
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: npm run serve -- \[options\]/);
    expect(run.stdout).toContain('--data-dir');
  });

  it('keeps workshops and settings under DIALOGRUM_HOME, not in ~/Dialogrum', async () => {
    const staticDir = path.join(dir, 'static');
    await mkdir(staticDir);
    await writeFile(path.join(staticDir, 'index.html'), '<!doctype html>');
    const home = path.join(dir, 'portable');
    const userHome = path.join(dir, 'user');
    const args = ['--port', '0', '--phone-host', '127.0.0.1', '--phone-port', '0'];
    const run = await serve(
      [...args, '--static-dir', staticDir],
      { DIALOGRUM_HOME: home, HOME: userHome, USERPROFILE: userHome },
      /Press Ctrl\+C/,
    );
    // The desktop app's place for workshops under DIALOGRUM_HOME (main/electron/appPaths.ts).
    const expected = path.join(home, 'Documents', 'Dialogrum');
    expect(run.stdout, run.stderr).toContain(`Workshops are kept in ${expected}.`);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(expected, 'settings.json'))).toBe(true);
    expect(existsSync(path.join(userHome, 'Dialogrum'))).toBe(false);

    // --data-dir still wins.
    const mine = path.join(dir, 'mine');
    const explicit = await serve(
      [...args, '--static-dir', staticDir, '--data-dir', mine],
      { DIALOGRUM_HOME: home, HOME: userHome, USERPROFILE: userHome },
      /Press Ctrl\+C/,
    );
    expect(explicit.stdout, explicit.stderr).toContain(`Workshops are kept in ${mine}.`);
  });
});
