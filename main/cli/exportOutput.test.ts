import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_AT as AT, REPO_ROOT as root, runCli as cli } from './cliTestSupport';
import { FIXTURE_FILE } from '../../test/fixtures/exports/goldenCases';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { isCaseInsensitiveAt } from './outputGuard';

const tempDir = useTempDirs();

/** A copy of the fixture with a journal, in a fresh folder. */
function workshopWithJournal(): { dir: string; file: string; snapshot: () => Buffer[] } {
  const dir = tempDir();
  const file = path.join(dir, 'Møde.dialogrum');
  fs.copyFileSync(FIXTURE_FILE, file);
  const revision = (JSON.parse(fs.readFileSync(file, 'utf8')) as { revision: number }).revision;
  const entry = {
    revision: revision + 1,
    patches: [{ op: 'replace', path: ['title'], value: 'X' }],
  };
  fs.writeFileSync(`${file}.journal`, `${JSON.stringify(entry)}\n`);
  return {
    dir,
    file,
    snapshot: () => [fs.readFileSync(file), fs.readFileSync(`${file}.journal`)],
  };
}

describe('export --per-organisation into a folder', () => {
  it('docx: makes the folder and writes a file per organisation', async () => {
    const out = path.join(tempDir(), 'referater', 'pr org');
    const run = await cli([
      'export',
      FIXTURE_FILE,
      '-f',
      'docx',
      '--per-organisation',
      '--out',
      `${out}/`,
      AT,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const names = listing(out);
    expect(names).toHaveLength(5);
    expect(names.some((n) => n.startsWith('Handlinger for Aalborg Kommune - '))).toBe(true);
    expect(run.stdout.trim().split('\n').sort()).toEqual(names.map((n) => path.join(out, n)));
    for (const name of names) {
      expect(fs.readFileSync(path.join(out, name)).subarray(0, 2).toString()).toBe('PK');
    }
  }, 60_000);

  it('pdf: makes the folder and prints a file per organisation (with a stand-in for Chromium)', async () => {
    const work = tempDir();
    const fake = path.join(work, 'chromium');
    const urls = path.join(work, 'urls.txt');
    // Writes a minimal PDF where --print-to-pdf says, as Chromium would, and notes the page asked for.
    fs.writeFileSync(
      fake,
      `#!/bin/sh\nfor a in "$@"; do case "$a" in --print-to-pdf=*) printf "%%PDF-1.4\\n" > "\${a#--print-to-pdf=}";; http*) echo "$a" >> '${urls}';; esac; done\n`,
      { mode: 0o755 },
    );
    const renderer = path.join(work, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'print.html'), '<!doctype html>');
    const out = path.join(work, 'minutes');
    const run = await cli(
      [
        'export',
        FIXTURE_FILE,
        '-f',
        'pdf',
        '--per-organisation',
        '--killers',
        'named',
        '--out',
        `${out}/`,
        AT,
      ],
      root,
      { DIALOGRUM_CHROMIUM: fake, DIALOGRUM_RENDERER_DIR: renderer },
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // Named as the docx files are, each printed from its organisation's page alone.
    const names = listing(out);
    expect(names).toHaveLength(5);
    expect(names).toContain(
      'Handlinger for Aalborg Kommune - Styregruppen for sammenhængende patientforløb, Nordjylland - 2026-11-19.pdf',
    );
    const asked = fs
      .readFileSync(urls, 'utf8')
      .trim()
      .split('\n')
      .map((url) => new URL(url).searchParams);
    expect(asked.map((q) => q.get('only'))).toHaveLength(5);
    expect(asked.map((q) => q.get('only'))).toContain('Aalborg Kommune');
    // Each organisation's page alone, never every organisation's; the minutes options on each.
    expect(asked.map((q) => q.get('org'))).toEqual([null, null, null, null, null]);
    expect(asked.map((q) => q.get('killers'))).toEqual(Array(5).fill('named'));
  }, 60_000);
});

describe('export --out refused when it is the workshop or a file kept beside it', () => {
  const cases: [string, (file: string, dir: string) => string][] = [
    ['the input', (file) => file],
    [
      'the input by a relative path with ..',
      (file, dir) => path.join(dir, 'sub', '..', path.basename(file)),
    ],
    ['its journal', (file) => `${file}.journal`],
    ['its .bak', (file) => `${file}.bak`],
    ['a copy moved aside', (file) => `${file}.corrupt-2026-11-25T12-00-00.000Z`],
    ['its journal moved aside', (file) => `${file}.journal.corrupt-2026-11-25T12-00-00.000Z`],
    ['a copy before repair', (file) => `${file}.before-repair-2026-11-25T12-00-00.000Z`],
    ['its journal as a folder to be made', (file) => `${file}.journal/`],
  ];
  for (const [what, out] of cases) {
    it(`refuses ${what} with exit 8, changing nothing`, async () => {
      const { dir, file, snapshot } = workshopWithJournal();
      fs.mkdirSync(path.join(dir, 'sub'));
      const before = snapshot();
      const names = listing(dir);
      const run = await cli(['export', file, '-f', 'json', '--out', out(file, dir), AT], dir);
      expect(run.code).toBe(8);
      expect(run.stderr).toMatch(
        /--out .* (is the workshop file itself|keeps beside the workshop)/,
      );
      expect(snapshot()).toEqual(before);
      expect(listing(dir)).toEqual(names);
    }, 30_000);
  }

  it('refuses the journal reached through a symlinked folder', async () => {
    const { dir, file, snapshot } = workshopWithJournal();
    const link = path.join(tempDir(), 'link');
    fs.symlinkSync(dir, link);
    const before = snapshot();
    const run = await cli([
      'export',
      file,
      '-f',
      'md',
      '--out',
      path.join(link, `${path.basename(file)}.journal`),
    ]);
    expect(run.code).toBe(8);
    expect(snapshot()).toEqual(before);
  }, 30_000);

  it('refuses json into the workshop own folder, where its name would be the input', async () => {
    const dir = tempDir();
    // The suggested json name is "<title>.dialogrum".
    const title = 'Styregruppen for sammenhængende patientforløb, Nordjylland';
    const file = path.join(dir, `${title}.dialogrum`);
    fs.copyFileSync(FIXTURE_FILE, file);
    const before = fs.readFileSync(file);
    const run = await cli(['export', file, '-f', 'json', '--out', `${dir}/`, AT]);
    expect(run.code).toBe(8);
    expect(fs.readFileSync(file)).toEqual(before);
  }, 30_000);

  it('refuses the input with its case changed only where the disk ignores case', async () => {
    const { dir, file, snapshot } = workshopWithJournal();
    const ignoresCase = await isCaseInsensitiveAt(file);
    const before = snapshot();
    const upper = path.join(dir, path.basename(file).toUpperCase());
    const run = await cli(['export', file, '-f', 'md', '--out', upper, AT]);
    expect(snapshot()).toEqual(before);
    if (ignoresCase) expect(run.code).toBe(8);
    else {
      expect(run.code).toBe(0);
      expect(fs.existsSync(upper)).toBe(true);
    }
  }, 30_000);
});

describe('xlsx export on stderr', () => {
  it('prints no DeprecationWarning', async () => {
    const out = path.join(tempDir(), 'a.xlsx');
    const run = await cli(['export', FIXTURE_FILE, '-f', 'xlsx', '--out', out, AT]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('DeprecationWarning');
  }, 30_000);

  it('calls no Buffer() even where Node would warn about it inside node_modules', async () => {
    // --pending-deprecation is what the bundled CLI sees: the call is not in node_modules there.
    const out = path.join(tempDir(), 'a.xlsx');
    const run = await cli(
      ['export', FIXTURE_FILE, '-f', 'xlsx', '--per-organisation', '--out', out, AT],
      root,
      {},
      ['--pending-deprecation'],
    );
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('DEP0005');
  }, 30_000);
});
