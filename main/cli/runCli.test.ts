import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FILE } from '../../test/fixtures/exports/goldenCases';
import type { CliCommand, CliIo } from './cliTypes';
import { CliError, EXIT } from './exitCodes';
import { runCli } from './runCli';

/** runCli in this process, its output collected. */
async function run(argv: string[], commands?: CliCommand[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: path.dirname(FIXTURE_FILE),
    now: () => new Date(Date.UTC(2026, 10, 25, 12)),
  };
  const code = await runCli(argv, io, commands);
  return { code, stdout, stderr };
}

describe('the dispatcher', () => {
  it('runs the command by its name with the rest of the arguments', async () => {
    const seen: string[][] = [];
    const echo: CliCommand = {
      name: 'echo',
      summary: 'repeat',
      usage: 'Usage: dialogrum echo',
      run: async (args, io) => {
        seen.push(args);
        io.stdout(args.join(' '));
        return EXIT.ok;
      },
    };
    expect(await run(['echo', 'a', '--b'], [echo])).toEqual({
      code: 0,
      stdout: 'a --b',
      stderr: '',
    });
    expect(seen).toEqual([['a', '--b']]);
  });

  it('lists the commands and exit codes on --help (0) and when none is given (1)', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Commands:\n {2}export +export a workshop/);
    expect(help.stdout).toContain('4  the workshop file is corrupt');
    expect((await run([])).code).toBe(1);
  });

  it('exits 1 for an unknown command, naming it', async () => {
    const r = await run(['exprot']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Unknown command "exprot"\./);
  });

  it("ends with a command's CliError code and message; any other error is 5 with its stack", async () => {
    const failing = (error: Error): CliCommand => ({
      name: 'x',
      summary: '',
      usage: '',
      run: () => Promise.reject(error),
    });
    const known = await run(['x'], [failing(new CliError(EXIT.fileMissing, 'gone'))]);
    expect(known).toEqual({ code: 3, stdout: '', stderr: 'dialogrum x: gone\n' });
    const bug = await run(['x'], [failing(new TypeError('oops'))]);
    expect(bug.code).toBe(5);
    expect(bug.stderr).toContain('unexpected error\nTypeError: oops');
  });
});

describe('dialogrum export, usage errors (exit 1)', () => {
  const file = path.basename(FIXTURE_FILE);
  const cases: [string[], string][] = [
    [['--out', 'x'], 'Missing --format.'],
    [
      ['--format', 'xls', '--out', 'x'],
      'Unknown format "xls": use one of xlsx, csv, md, ics, docx, json, pdf.',
    ],
    [['--format', 'csv'], 'Missing --out.'],
    [
      ['--format', 'csv', '--out', 'x', '--lang', 'de'],
      'Unknown language "de": use one of da, en.',
    ],
    [
      ['--format', 'xlsx', '--out', 'x', '--separator', ','],
      '--separator applies to --format csv only.',
    ],
    [['--format', 'csv', '--out', 'x', '--separator', 'tab'], 'Unknown separator "tab"'],
    [
      ['--format', 'md', '--out', 'x', '--per-organisation'],
      '--per-organisation applies to xlsx, docx and pdf only.',
    ],
    [['--format', 'md', '--out', 'x', '--generated-at', 'igår'], 'is not a date-time'],
    [['--format', 'md', '--out', 'x', '--bogus'], "Unknown option '--bogus'"],
  ];
  for (const [args, message] of cases) {
    it(`${args.join(' ')} → ${message}`, async () => {
      const r = await run(['export', file, ...args]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('Run "dialogrum export --help" for the options.');
    });
  }

  it('needs exactly one workshop file', async () => {
    expect((await run(['export', '--format', 'md', '--out', 'x'])).stderr).toContain(
      'Which workshop file?',
    );
    expect((await run(['export', file, file, '--format', 'md', '--out', 'x'])).stderr).toContain(
      'One workshop file at a time (got 2).',
    );
  });

  it('will not write over the workshop file itself', async () => {
    const r = await run(['export', file, '--format', 'json', '--out', file]);
    expect(r.code).toBe(8);
    expect(r.stderr).toContain('is the workshop file itself');
  });
});
