import fs from 'node:fs/promises';
import path from 'node:path';
import { copyFileAtomic, fsyncDir, renameWithRetry } from '../platform/atomicWrite';
import { errorCode, fileExists } from '../platform/fileSystem';
import { backupPathFor } from './documentStore';
import { journalPathFor } from './journal';

/** One rename, durable once it resolves. Tests pass one that fails to simulate a crash. */
export type RenameFile = (from: string, to: string) => Promise<void>;

export const renameDurably: RenameFile = async (from, to) => {
  await renameWithRetry(from, to);
  await fsyncDir(path.dirname(to));
  if (path.dirname(from) !== path.dirname(to)) await fsyncDir(path.dirname(from));
};

/**
 * Move a document and what lies beside it (`.journal`, `.bak`) to `to`, a free name (nothing of
 * that name, with any suffix, exists: see freeDocumentPath). The caller has compacted and closed
 * the journal, so the document alone holds every acknowledged change. That is why the document
 * goes first, in one rename: before it everything is under the old name, after it the document
 * opens under the new one; the empty journal and the older backup follow, and if either cannot
 * (or a crash comes first) it is only left under the old name, where it is not needed. Copies kept
 * aside (`.corrupt-…`, `.before-repair-…`) stay where the notices about them said they are.
 * Returns the files left under the old name.
 */
export async function moveDocumentFiles(
  from: string,
  to: string,
  rename: RenameFile = renameDurably,
): Promise<string[]> {
  await rename(from, to);
  const leftBehind: string[] = [];
  for (const [beside, target] of [
    [journalPathFor(from), journalPathFor(to)],
    [backupPathFor(from), backupPathFor(to)],
  ] as const) {
    try {
      if (await fileExists(beside)) await rename(beside, target);
    } catch {
      leftBehind.push(beside);
    }
  }
  return leftBehind;
}

/**
 * After Save As from a file nobody named (`Workshop N`): remove it, so no stray copy is left. Its
 * backup becomes the new file's if that has none (Save As over an existing file keeps that one's
 * as `.bak`). The new file already holds everything, so a crash at any step loses nothing; the
 * document goes last, so no journal is ever left without it.
 */
export async function removeLeftBehind(old: string, kept: string): Promise<void> {
  await fs.rm(journalPathFor(old), { force: true });
  const backup = backupPathFor(old);
  if ((await fileExists(backup)) && !(await fileExists(backupPathFor(kept)))) {
    await moveFile(backup, backupPathFor(kept));
  }
  await fs.rm(backup, { force: true });
  await fs.rm(old, { force: true });
  await fsyncDir(path.dirname(old));
}

/** Rename, or copy and remove where the two are on different disks. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await renameDurably(from, to);
  } catch (error) {
    if (errorCode(error) !== 'EXDEV') throw error;
    await copyFileAtomic(from, to);
    await fs.rm(from);
  }
}

/** Whether two paths name one file (a disk that ignores case, a link): never remove it then. */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
