import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FILE } from '../../test/fixtures/exports/goldenCases';
import { listing, useTempDirs } from '../platform/testing/tempDirs';
import { CliError, EXIT } from './exitCodes';
import { readInputFile } from './inputFile';
import { readWorkshopFile } from './readWorkshopFile';

const tempDir = useTempDirs();

function copyFixture(): { dir: string; file: string; revision: number } {
  const dir = tempDir();
  const file = path.join(dir, 'møde.dialogrum');
  fs.copyFileSync(FIXTURE_FILE, file);
  const revision = (JSON.parse(fs.readFileSync(file, 'utf8')) as { revision: number }).revision;
  return { dir, file, revision };
}

const line = (revision: number, title: string): string =>
  `${JSON.stringify({ revision, patches: [{ op: 'replace', path: ['title'], value: title }] })}\n`;

describe('readWorkshopFile', () => {
  it('replays the journal as the app does, and stops at the first change that does not apply', async () => {
    const { dir, file, revision } = copyFixture();
    const broken = {
      revision: revision + 2,
      patches: [{ op: 'replace', path: ['participants', 99, 'name'], value: 'Nobody' }],
    };
    fs.writeFileSync(
      `${file}.journal`,
      line(revision + 1, 'Opfølgning') + `${JSON.stringify(broken)}\n` + line(revision + 3, 'X'),
    );
    const before = listing(dir);
    const read = await readWorkshopFile(file);
    expect(read.workshop.title).toBe('Opfølgning');
    expect(read.revision).toBe(revision + 1);
    expect(read.warnings).toHaveLength(1);
    expect(read.warnings[0]).toContain(`revision ${revision + 2} does not apply`);
    // Read-only: nothing compacted or moved aside.
    expect(listing(dir)).toEqual(before);
  });

  it('repairs a workshop past a limit in memory only, and says what it changed', async () => {
    const { dir, file } = copyFixture();
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { workshop: { title: string } };
    doc.workshop.title = 'T'.repeat(250);
    fs.writeFileSync(file, `\uFEFF${JSON.stringify(doc)}`); // with a byte-order mark, too
    const before = listing(dir);
    const bytes = fs.readFileSync(file);
    const read = await readWorkshopFile(file);
    expect(read.workshop.title).toBe('T'.repeat(200));
    expect(read.warnings.join('\n')).toContain('title: 250 characters, but at most 200');
    expect(listing(dir)).toEqual(before);
    expect(fs.readFileSync(file)).toEqual(bytes);
  });
});

describe('an input that is not a regular file', () => {
  async function refusal(file: string): Promise<CliError> {
    const error = await readInputFile(file, 'workshop file').catch((e: unknown) => e);
    if (!(error instanceof CliError)) throw new Error(`not refused: ${String(error)}`);
    return error;
  }

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO at once instead of waiting on it',
    async () => {
      const fifo = path.join(tempDir(), 'pipe.dialogrum');
      execFileSync('mkfifo', [fifo]);
      const error = await refusal(fifo);
      expect(error.exitCode).toBe(EXIT.fileMissing);
      expect(error.message).toBe(`${fifo} is a named pipe (FIFO), not a workshop file.`);
    },
  );

  it('refuses a folder and a device', async () => {
    const dir = tempDir();
    expect((await refusal(dir)).message).toBe(`${dir} is a folder, not a workshop file.`);
    if (process.platform !== 'win32') {
      const device = await refusal('/dev/null');
      expect(device.exitCode).toBe(EXIT.fileMissing);
      expect(device.message).toBe('/dev/null is a device, not a workshop file.');
    }
  });
});
