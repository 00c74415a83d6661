import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_AT as AT, REPO_ROOT as root, runCli as cli } from './cliTestSupport';
import { FIXTURE_FILE, GOLDEN_DIR } from '../../test/fixtures/exports/goldenCases';
import { listing, useTempDirs } from '../platform/testing/tempDirs';

const tempDir = useTempDirs();

describe('dialogrum export', () => {
  it('writes the export to --out, prints the path and exits 0', async () => {
    const out = path.join(tempDir(), 'handlinger.csv');
    const run = await cli(['export', FIXTURE_FILE, '--format', 'csv', '--out', out, AT]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`${out}\n`);
    const golden = fs.readFileSync(path.join(GOLDEN_DIR, 'actions.da.csv'));
    expect(fs.readFileSync(out).equals(golden)).toBe(true);
  }, 30_000);

  it('writes into a folder under the suggested name, with options', async () => {
    const dir = tempDir();
    const run = await cli([
      'export',
      FIXTURE_FILE,
      '-f',
      'xlsx',
      '-o',
      dir,
      '--per-organisation',
      AT,
    ]);
    expect(run.code).toBe(0);
    const name =
      'Handlinger pr. organisation - Styregruppen for sammenhængende patientforløb, Nordjylland - 2026-11-19.xlsx';
    expect(listing(dir)).toEqual([name]);
    const golden = fs.readFileSync(path.join(GOLDEN_DIR, 'actions-per-organisation.da.xlsx'));
    expect(fs.readFileSync(path.join(dir, name)).equals(golden)).toBe(true);
  }, 30_000);

  it('replays the journal beside the file, and changes neither', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'møde.dialogrum');
    fs.copyFileSync(FIXTURE_FILE, file);
    const revision = (JSON.parse(fs.readFileSync(file, 'utf8')) as { revision: number }).revision;
    const entry = {
      revision: revision + 1,
      patches: [{ op: 'replace', path: ['title'], value: 'Opfølgning i december' }],
    };
    fs.writeFileSync(`${file}.journal`, `${JSON.stringify(entry)}\n`);
    const before = listing(dir).map((n) => fs.readFileSync(path.join(dir, n)));
    const out = path.join(tempDir(), 'referat.md');
    const run = await cli(
      ['export', 'møde.dialogrum', '--format', 'md', '--out', out, '--lang', 'en'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^# Minutes: Opfølgning i december\n/);
    expect(listing(dir).map((n) => fs.readFileSync(path.join(dir, n)))).toEqual(before);
  }, 30_000);

  it('exits 1 on a usage error, with the reason (more cases in runCli.test.ts)', async () => {
    const none = await cli([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage: dialogrum <command>');
    const sep = await cli([
      'export',
      FIXTURE_FILE,
      '-f',
      'pdf',
      '-o',
      tempDir(),
      '--separator',
      ',',
    ]);
    expect(sep.code).toBe(1);
    expect(sep.stderr).toContain('--separator applies to --format csv only');
  }, 30_000);

  it('exits 6 with what to do when no Chromium is found for a PDF', async () => {
    const run = await cli(['export', FIXTURE_FILE, '-f', 'pdf', '-o', tempDir()], root, {
      DIALOGRUM_CHROMIUM: '/nowhere/chromium',
    });
    expect(run.code).toBe(6);
    expect(run.stderr).toContain('DIALOGRUM_CHROMIUM=/nowhere/chromium: there is no such file.');
  }, 30_000);

  const built = fs.existsSync(
    path.resolve(root, process.env.DIALOGRUM_DIST_DIR ?? 'dist', 'renderer/print.html'),
  );
  it.skipIf(!fs.existsSync('/usr/bin/chromium') || !built)(
    'prints the minutes to PDF with a headless Chromium (skipped without /usr/bin/chromium or a build)',
    async () => {
      const dir = tempDir();
      const run = await cli(['export', FIXTURE_FILE, '-f', 'pdf', '-o', `${dir}/`, AT]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const out = run.stdout.trim();
      expect(path.basename(out)).toMatch(/^Referat - .+\.pdf$/);
      expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    120_000,
  );

  it('prints its usage with the exit codes on --help, exiting 0', async () => {
    const run = await cli(['export', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: dialogrum export <workshop.dialogrum>');
    expect(run.stdout).toContain('4  the workshop file is corrupt');
  }, 30_000);

  it('exits 3 when the workshop file is missing', async () => {
    const dir = tempDir();
    const run = await cli(['export', path.join(dir, 'gone.dialogrum'), '-f', 'csv', '-o', dir]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('There is no workshop file at');
    expect(listing(dir)).toEqual([]);
  }, 30_000);

  it('exits 4 for a corrupt file or one from a newer Dialogrum, leaving it where it is', async () => {
    const dir = tempDir();
    const corrupt = path.join(dir, 'halv.dialogrum');
    fs.writeFileSync(corrupt, fs.readFileSync(FIXTURE_FILE, 'utf8').slice(0, 500));
    const newer = path.join(dir, 'ny.dialogrum');
    const doc = JSON.parse(fs.readFileSync(FIXTURE_FILE, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(newer, JSON.stringify({ ...doc, formatVersion: 99 }));
    const out = tempDir();
    const a = await cli(['export', corrupt, '-f', 'md', '-o', out]);
    const b = await cli(['export', newer, '-f', 'md', '-o', out]);
    expect([a.code, b.code]).toEqual([4, 4]);
    expect(a.stderr).toContain('not valid JSON');
    expect(b.stderr).toContain('newer Dialogrum');
    // Read-only: nothing moved aside, nothing written.
    expect(listing(dir)).toEqual(['halv.dialogrum', 'ny.dialogrum']);
    expect(listing(out)).toEqual([]);
  }, 30_000);

  it('exits 5 when the export cannot be written', async () => {
    const out = path.join(tempDir(), 'no-such-folder', 'x.docx');
    const run = await cli(['export', FIXTURE_FILE, '-f', 'docx', '-o', out]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain(`Could not write ${out}`);
  }, 30_000);
});
