// The export command's minutes options (--killers, --authors, --dots, --ideas, --evaluation) on
// the stored fixture: each flag changes the minutes it writes, over what the workshop saved.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FILE } from '../../test/fixtures/exports/goldenCases';
import { readDocx } from '../exporters/testing/docxText';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { GENERATED_AT as AT, REPO_ROOT as root, runCli as cli } from './cliTestSupport';

const tempDir = useTempDirs();
const BY_PERSON = 'Pr. person: Erik Poulsen (1), Bo Madsen (1), Uden navn (1)';

async function exportMd(args: string[], file = FIXTURE_FILE): Promise<string> {
  const out = path.join(tempDir(), 'referat.md');
  const run = await cli(['export', file, '-f', 'md', '-o', out, AT, ...args]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return fs.readFileSync(out, 'utf8');
}

describe('dialogrum export, minutes options', () => {
  it('md: the flags decide the idea killers, authors, dots, ideas', async () => {
    const plain = await exportMd([]);
    expect(plain).toContain('**Pr. rum:** Det udviklende rum (3)');
    expect(plain).not.toContain('Pr. person');
    expect(plain).not.toContain(' — fra ');

    const md = await exportMd([
      '--killers',
      'named',
      '--authors',
      '--no-dots',
      '--ideas=clustered',
      '--no-evaluation',
    ]);
    expect(md).toContain(`**${BY_PERSON.replace(':', ':**')}`);
    expect(md).toContain(
      [
        '1. **Den gode udskrivelsessamtale**',
        '   - Fælles tjekliste til udskrivelsessamtalen — fra Anne Holm',
        '   - Egen læge får epikrisen samme dag — fra Carla Jensen',
      ].join('\n'),
    );
    expect(md).not.toMatch(/prik/);
    expect(md).not.toContain('Videoopkald mellem afsnit, hjemmepleje og borger — fra');
    expect(await exportMd(['--killers', 'omitted'])).not.toContain('## Idédræbere');
  }, 60_000);

  it("starts from the workshop's saved options, which a flag overrides", async () => {
    const dir = tempDir();
    const file = path.join(dir, 'styregruppe.dialogrum');
    fs.copyFileSync(FIXTURE_FILE, file);
    const revision = (JSON.parse(fs.readFileSync(file, 'utf8')) as { revision: number }).revision;
    const saved = { killers: 'named', authors: true, dots: true, ideas: 'none', evaluation: true };
    const entry = {
      revision: revision + 1,
      patches: [{ op: 'replace', path: ['minutesOptions'], value: saved }],
    };
    fs.writeFileSync(`${file}.journal`, `${JSON.stringify(entry)}\n`);
    const md = await exportMd([], file);
    expect(md).toContain(`**${BY_PERSON.replace(':', ':**')}`);
    expect(md).not.toContain('### Idéer');
    const over = await exportMd(['--killers', 'counted', '--ideas', 'all', '--no-authors'], file);
    expect(over).not.toContain('Pr. person');
    expect(over).toContain('2. Videoopkald mellem afsnit, hjemmepleje og borger (2 prikker)\n');
  }, 60_000);

  it('docx: the same flags, read back from the Word file', async () => {
    const out = path.join(tempDir(), 'referat.docx');
    const run = await cli([
      'export',
      FIXTURE_FILE,
      '-f',
      'docx',
      '-o',
      out,
      AT,
      '--killers',
      'named',
      '--ideas',
      'none',
    ]);
    expect(run.code).toBe(0);
    const d = await readDocx(fs.readFileSync(out));
    const texts = d.paragraphs.map(([, t]) => t);
    expect(texts).toContain(BY_PERSON);
    expect(d.paragraphs.filter(([s, t]) => s === 'Heading3' && t === 'Idéer')).toEqual([]);
    expect(d.all).not.toMatch(/prik/);
  }, 60_000);

  it.each([
    [['--killers', 'alle'], 'Unknown --killers value "alle": use one of omitted, counted, named.'],
    [['--ideas', 'nogle'], 'Unknown --ideas value "nogle": use one of all, clustered, none.'],
    [['--authors=ja'], "Option '--authors' does not take an argument"],
  ])(
    'exits 1 on %j with the reason and the way to the usage',
    async (args, reason) => {
      const dir = tempDir();
      const run = await cli(['export', FIXTURE_FILE, '-f', 'md', '-o', dir, ...args]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(reason);
      expect(run.stderr).toContain('dialogrum export --help');
      expect(listing(dir)).toEqual([]);
    },
    30_000,
  );

  it('refuses minutes options for a format without minutes', async () => {
    const run = await cli(['export', FIXTURE_FILE, '-f', 'xlsx', '-o', tempDir(), '--no-dots']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The minutes options apply to md, docx and pdf only.');
  }, 30_000);

  it('documents every flag in its usage', async () => {
    const run = await cli(['export', '--help']);
    for (const flag of [
      '--killers omitted|counted|named',
      '--authors, --no-authors',
      '--dots, --no-dots',
      '--ideas all|clustered|none',
      '--evaluation, --no-evaluation',
    ]) {
      expect(run.stdout).toContain(flag);
    }
  }, 30_000);

  const built = fs.existsSync(
    path.resolve(root, process.env.DIALOGRUM_DIST_DIR ?? 'dist', 'renderer/print.html'),
  );
  const canRead = fs.existsSync('/usr/bin/chromium') && fs.existsSync('/usr/bin/pdftotext');
  it.skipIf(!canRead || !built)(
    'pdf: the flags reach the print view (skipped without chromium, pdftotext or a build)',
    async () => {
      const pdfText = async (args: string[]) => {
        const out = path.join(tempDir(), 'referat.pdf');
        const run = await cli(['export', FIXTURE_FILE, '-f', 'pdf', '-o', out, AT, ...args]);
        expect(run).toMatchObject({ code: 0, stderr: '' });
        // -raw: the text in reading order. The print view hyphenates (soft hyphens, and a
        // hyphen where a line breaks): both go, so a wrapped word reads whole again.
        return execFileSync('/usr/bin/pdftotext', ['-raw', out, '-'], { encoding: 'utf8' })
          .replace(/[\u00ad\u2010]\s*/g, '')
          .replace(/\s+/g, ' ');
      };
      const plain = await pdfText([]);
      expect(plain).toContain('Pr. rum: Det udviklende rum (3)');
      expect(plain).not.toContain('Pr. person');
      const named = await pdfText(['--killers', 'named', '--authors', '--no-dots']);
      expect(named).toContain(BY_PERSON);
      expect(named).toContain('Fælles tjekliste til udskrivelsessamtalen — fra Anne Holm');
      expect(named).not.toMatch(/\d prikk?e?r?\)/);
    },
    240_000,
  );
});
