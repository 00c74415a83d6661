import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../shared/document/format';
import { schedule } from '../../shared/programme/schedule';
import { runCli } from './runCli';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'main/cli.ts');
// `--import tsx` as a file URL: the child runs in a temp folder, where the bare name is unknown.
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `dialogrum …` as a user runs it: a separate process, in `cwd`. */
function dialogrum(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, CLI, ...args], {
      cwd,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The same dispatcher in this process, for the cases that need no real process: fast. */
async function inProcess(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd,
    now: () => new Date('2026-11-25T08:00:00Z'),
  });
  return { code, stdout, stderr };
}

const DOMAIN_EXAMPLE = `Foreløbige tidsangivelser
9.00–9.10 Velkomst, v. Mickael
9.10–9.40 Oplæg: Ledelse på tværs, v. Kirsten Jørgensen
9.40–10.10 Oplæg: De fire dialogrum ved Anne Mejlholm
10.10–10.25 Pause
10.25–10.50 Oplæg v/ Region Nordjylland
10.50–11.30 Workshop
  A: Udskrivelse
  B: Medicinlister
11.30–11.55 Opsamling og fælles refleksion
11.55–12.00 Afrunding
`;

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dialogrum-programme-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('dialogrum programme', () => {
  it('prints every item with start, end, length, title and presenter (exit 0 when all are read)', async () => {
    await fs.writeFile(path.join(dir, 'p.txt'), DOMAIN_EXAMPLE.split('\n').slice(1).join('\n'));
    const r = await dialogrum(['programme', 'p.txt'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      ' 9.00–9.10   10 min  Velkomst · Mickael',
      ' 9.10–9.40   30 min  Oplæg: Ledelse på tværs · Kirsten Jørgensen',
      ' 9.40–10.10  30 min  Oplæg: De fire dialogrum · Anne Mejlholm',
      '10.10–10.25  15 min  Pause (break)',
      '10.25–10.50  25 min  Oplæg · Region Nordjylland',
      '10.50–11.30  40 min  Workshop',
      '                     A: Udskrivelse',
      '                     B: Medicinlister',
      '11.30–11.55  25 min  Opsamling og fælles refleksion',
      '11.55–12.00   5 min  Afrunding',
      '8 items, 9.00–12.00',
      '',
    ]);
  });

  it('lists the lines it could not read, with the reason, and exits 2', async () => {
    await fs.writeFile(path.join(dir, 'p.txt'), `\uFEFF${DOMAIN_EXAMPLE}25.00-26.00 Natmøde\n`);
    const r = await inProcess(['programme', 'p.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('8 items, 9.00–12.00');
    expect(r.stderr).toBe(
      'Line 1 could not be read (no time slot): Foreløbige tidsangivelser\n' +
        'Line 12 could not be read (a time that cannot be right): 25.00-26.00 Natmøde\n',
    );
  });

  it('writes a new workshop with the items as agenda points, on the programme’s times', async () => {
    await fs.writeFile(path.join(dir, 'p.txt'), DOMAIN_EXAMPLE);
    const r = await dialogrum(
      ['programme', 'p.txt', '--out', 'dag.dialogrum', '--title', 'Ledelse på tværs'],
      dir,
    );
    expect(r.code).toBe(2); // the heading line was not read
    const doc = parseDocument(await fs.readFile(path.join(dir, 'dag.dialogrum'), 'utf8'));
    const w = doc.workshop;
    expect(w.title).toBe('Ledelse på tværs');
    expect(w.startTime).toBe('09:00');
    expect(w.agenda.map((p) => [p.title, p.kind, p.plannedMinutes, p.presenter])).toEqual([
      ['Velkomst', 'item', 10, 'Mickael'],
      ['Oplæg: Ledelse på tværs', 'item', 30, 'Kirsten Jørgensen'],
      ['Oplæg: De fire dialogrum', 'item', 30, 'Anne Mejlholm'],
      ['Pause', 'break', 15, ''],
      ['Oplæg', 'item', 25, 'Region Nordjylland'],
      ['Workshop', 'item', 40, ''],
      ['Opsamling og fælles refleksion', 'item', 25, ''],
      ['Afrunding', 'item', 5, ''],
    ]);
    expect(w.agenda[5]!.description).toBe('A: Udskrivelse\nB: Medicinlister');
    const s = schedule(w.startTime, w.agenda, 0, 0);
    expect(s.plannedEnd).toBe(12 * 60);
    expect(r.stderr).toContain('Wrote ');
    // No temp file left behind by the atomic write.
    expect((await fs.readdir(dir)).sort()).toEqual(['dag.dialogrum', 'p.txt']);
  });

  it('fills a gap with a break, and will not replace a workshop without --force', async () => {
    await fs.writeFile(path.join(dir, 'p.txt'), '9.00-9.30 Oplæg\n9.45-10.15 Drøftelse\n');
    await fs.writeFile(path.join(dir, 'old.dialogrum'), 'mine');
    await fs.writeFile(path.join(dir, 'old.dialogrum.journal'), 'old changes');
    const refused = await inProcess(['programme', 'p.txt', '-o', 'old.dialogrum'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists: add --force/);
    expect(await fs.readFile(path.join(dir, 'old.dialogrum'), 'utf8')).toBe('mine');

    const forced = await inProcess(
      ['programme', 'p.txt', '-o', 'old.dialogrum', '--force', '--lang', 'en'],
      dir,
    );
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('Note: A 15 min gap before line 2.');
    const w = parseDocument(await fs.readFile(path.join(dir, 'old.dialogrum'), 'utf8')).workshop;
    expect(w.agenda.map((p) => [p.title, p.kind, p.plannedMinutes])).toEqual([
      ['Oplæg', 'item', 30],
      ['Break', 'break', 15],
      ['Drøftelse', 'item', 30],
    ]);
    // The old journal would replay the old workshop's changes onto the new one.
    await expect(fs.stat(path.join(dir, 'old.dialogrum.journal'))).rejects.toThrow();
  });

  it('exits 3 for a missing file and 1 for a usage error', async () => {
    const missing = await dialogrum(['programme', 'nope.txt'], dir);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/no programme file at .*nope\.txt/);
    const noFile = await inProcess(['programme'], dir);
    expect(noFile.code).toBe(1);
    const badOption = await inProcess(['programme', 'p.txt', '--colour'], dir);
    expect(badOption.code).toBe(1);
    const help = await inProcess(['programme', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dialogrum programme/);
  });

  it('reads an invitation’s head, wrapped titles and presenter lines, and writes the head into the workshop', async () => {
    await fs.writeFile(
      path.join(dir, 'p.txt'),
      `Invitation til temadag om sammenhængende forløb
Torsdag den 16. april 2015
Sted: Aarhus Rådhus, lokale 1
10.00–10.15\tVelkomst
Direktør Anne Hansen, Region Midtjylland
10.15–10.45  Fremtidens sundhedsvæsen – hvordan sikrer vi
             sammenhæng for borgeren?
             v/ overlæge Jens Møller, Aarhus Universitetshospital
`,
    );
    const r = await inProcess(['programme', 'p.txt', '-o', 'dag.dialogrum'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      'Title: Temadag om sammenhængende forløb',
      'Date: 2015-04-16 (Torsdag den 16. april 2015)',
      'Place: Aarhus Rådhus, lokale 1',
      '',
      '10.00–10.15  15 min  Velkomst · Direktør Anne Hansen, Region Midtjylland',
      '10.15–10.45  30 min  Fremtidens sundhedsvæsen – hvordan sikrer vi sammenhæng for borgeren? · Overlæge Jens Møller, Aarhus Universitetshospital',
    ]);
    const w = parseDocument(await fs.readFile(path.join(dir, 'dag.dialogrum'), 'utf8')).workshop;
    expect([w.title, w.date, w.place]).toEqual([
      'Temadag om sammenhængende forløb',
      '2015-04-16',
      'Aarhus Rådhus, lokale 1',
    ]);
    // --title wins over the invitation's; --no-header leaves date and place empty.
    const plain = await inProcess(
      ['programme', 'p.txt', '-o', 'b.dialogrum', '--title', 'Klyngemøde', '--no-header'],
      dir,
    );
    expect(plain.code).toBe(0);
    const b = parseDocument(await fs.readFile(path.join(dir, 'b.dialogrum'), 'utf8')).workshop;
    expect([b.title, b.date, b.place]).toEqual(['Klyngemøde', '', '']);
  });

  it('prints JSON for scripts', async () => {
    await fs.writeFile(path.join(dir, 'p.txt'), 'Program\n9.00-9.10 Velkomst\n');
    const r = await inProcess(['programme', 'p.txt', '--json'], dir);
    expect(r.code).toBe(2);
    const parsed = JSON.parse(r.stdout) as { items: { title: string }[]; unread: unknown[] };
    expect(parsed.items.map((i) => i.title)).toEqual(['Velkomst']);
    expect(parsed.unread).toEqual([{ line: 1, text: 'Program', reason: 'no-time' }]);
  });
});
