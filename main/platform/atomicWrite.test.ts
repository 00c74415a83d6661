import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asidePath,
  cleanStaleTempFiles,
  copyFileAtomic,
  tempPathFor,
  writeFileAtomic,
  writeFileAtomicSync,
} from './atomicWrite';
import { listing, useTempDirs } from './testing/tempDirs';

const tempDir = useTempDirs();

describe('atomic writes', () => {
  it('replaces the content and leaves no temp file behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.dialogrum');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, 'second');
    writeFileAtomicSync(path.join(dir, 'settings.json'), '{}');
    expect(fs.readFileSync(file, 'utf8')).toBe('second');
    expect(listing(dir)).toEqual(['a.dialogrum', 'settings.json']);
  });

  it('leaves the old bytes and no temp file when the write fails', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.dialogrum');
    await writeFileAtomic(file, 'good');
    // A directory in the way makes the rename fail after the temp file was written.
    const blocked = path.join(dir, 'blocked');
    fs.mkdirSync(path.join(blocked, 'child'), { recursive: true });
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('good');
    expect(listing(dir)).toEqual(['a.dialogrum', 'blocked']);
  });

  it('copies durably beside the original', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.dialogrum');
    fs.writeFileSync(file, 'content');
    await copyFileAtomic(file, `${file}.bak`);
    expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe('content');
    expect(listing(dir)).toEqual(['a.dialogrum', 'a.dialogrum.bak']);
  });
});

describe('cleanStaleTempFiles', () => {
  it('removes leftovers of interrupted writes and nothing else', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Workshop 1.dialogrum');
    fs.writeFileSync(file, 'keep');
    fs.writeFileSync(`${file}.journal`, 'keep');
    fs.writeFileSync(tempPathFor(file), 'half a docu');
    fs.writeFileSync(tempPathFor(path.join(dir, 'settings.json')), '{"langu');
    fs.writeFileSync(path.join(dir, 'notes.tmp'), 'not ours');
    const removed = await cleanStaleTempFiles(dir);
    expect(removed).toHaveLength(2);
    expect(listing(dir)).toEqual([
      'Workshop 1.dialogrum',
      'Workshop 1.dialogrum.journal',
      'notes.tmp',
    ]);
  });

  it('accepts a folder that does not exist yet', async () => {
    await expect(cleanStaleTempFiles(path.join(tempDir(), 'missing'))).resolves.toEqual([]);
  });
});

describe('asidePath', () => {
  it('never picks a name that is already there, and has no colons (Windows)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.dialogrum');
    const now = Date.UTC(2026, 10, 25, 9, 30);
    const first = asidePath(file, 'corrupt', now);
    expect(path.basename(first)).toBe('a.dialogrum.corrupt-2026-11-25T09-30-00.000Z');
    fs.writeFileSync(first, 'x');
    const second = asidePath(file, 'corrupt', now);
    expect(second).not.toBe(first);
    expect(path.basename(second)).not.toContain(':');
  });
});
