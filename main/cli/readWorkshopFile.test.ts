import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_FILE } from '../../test/fixtures/exports/goldenCases';
import { listing, useTempDirs } from '../host/testing/tempDirs';
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
});
