import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, readJournal, type JournalEntry } from './journal';
import { useTempDirs } from '../platform/testing/tempDirs';

const tempDir = useTempDirs();

const entry = (revision: number): JournalEntry => ({
  revision,
  patches: [{ op: 'replace', path: ['title'], value: `Title ${revision}` }],
});
const line = (revision: number) => JSON.stringify(entry(revision)) + '\n';

function journalWith(text: string): string {
  const file = path.join(tempDir(), 'a.dialogrum.journal');
  fs.writeFileSync(file, text);
  return file;
}

describe('journal', () => {
  it('reads back what was appended, in order', async () => {
    const file = path.join(tempDir(), 'a.dialogrum.journal');
    const journal = await Journal.open(file);
    for (const r of [1, 2, 3]) await journal.append(entry(r));
    expect(journal.entries).toBe(3);
    await journal.close();
    const reading = await readJournal(file, 0);
    expect(reading.entries).toEqual([entry(1), entry(2), entry(3)]);
    expect(reading).toMatchObject({ nonEmpty: true, tornTail: false, damage: null });
  });

  it('reads a missing journal as empty', async () => {
    const reading = await readJournal(path.join(tempDir(), 'none.journal'), 5);
    expect(reading).toEqual({
      entries: [],
      nonEmpty: false,
      tornTail: false,
      damage: null,
      unread: 0,
    });
  });

  it('ignores a last line cut short by a kill (it was never acknowledged)', async () => {
    const cut = line(3).slice(0, 20);
    const reading = await readJournal(journalWith(line(1) + line(2) + cut), 0);
    expect(reading.entries.map((e) => e.revision)).toEqual([1, 2]);
    expect(reading.tornTail).toBe(true);
    expect(reading.damage).toBeNull();
  });

  it('ignores a complete last line without its newline: the flush had not finished', async () => {
    const reading = await readJournal(journalWith(line(1) + line(2).trimEnd()), 0);
    expect(reading.entries.map((e) => e.revision)).toEqual([1]);
  });

  it('skips entries the document already holds', async () => {
    const reading = await readJournal(journalWith(line(4) + line(5) + line(6)), 5);
    expect(reading.entries.map((e) => e.revision)).toEqual([6]);
  });

  it('stops at a damaged line in the middle and says where', async () => {
    const reading = await readJournal(journalWith(line(1) + '{"revis\n' + line(3)), 0);
    expect(reading.entries.map((e) => e.revision)).toEqual([1]);
    expect(reading.damage).toContain('line 2');
    expect(reading.unread).toBe(2); // the damaged line and the one after it
  });

  it('stops at a gap in the revisions', async () => {
    const reading = await readJournal(journalWith(line(1) + line(3)), 0);
    expect(reading.entries.map((e) => e.revision)).toEqual([1]);
    expect(reading.damage).toContain('expected 2');
  });

  it('is empty after reset, and appends after it are read normally', async () => {
    const file = path.join(tempDir(), 'a.dialogrum.journal');
    const journal = await Journal.open(file);
    await journal.append(entry(1));
    await journal.reset();
    await journal.append(entry(2));
    await journal.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(line(2));
  });
});
