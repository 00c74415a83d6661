import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './fileSystem';

/**
 * Replace a file so that a crash at any moment leaves either the old bytes or the new ones, never
 * a mix: write a temp file in the same directory (rename is only atomic within one file system),
 * flush it, rename it over the target, then flush the directory so the rename itself is durable.
 */

/** Marks our temp files, so cleanup at start removes leftovers of interrupted writes and nothing else. */
export const TEMP_MARK = '.dialogrum-tmp-';

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  const name = `.${path.basename(target)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
  return path.join(dir, name);
}

export function isTempFileName(name: string): boolean {
  return name.includes(TEMP_MARK);
}

// Windows cannot open a directory to fsync it; NTFS journals the rename itself.
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP']);

export async function fsyncDir(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

export function fsyncDirSync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// A virus scanner or indexer briefly holding the target makes rename fail on Windows; retry a little.
const RENAME_RETRY = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 5;

export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !RENAME_RETRY.has(errorCode(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await fsp.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(path.dirname(target));
}

/** The same, synchronously: for the settings store, whose interface is synchronous. */
export function writeFileAtomicSync(target: string, data: string | Uint8Array): void {
  const temp = tempPathFor(target);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirSync(path.dirname(target));
}

/** Copy a file durably (temp, fsync, rename): how the previous good document becomes `.bak`. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  const temp = tempPathFor(to);
  try {
    await fsp.copyFile(from, temp);
    const handle = await fsp.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, to);
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(path.dirname(to));
}

/**
 * Remove temp files left by writes a crash interrupted (the target still holds the old bytes).
 * Call at start, before this process writes in `dir`. Returns the paths it removed.
 */
export async function cleanStaleTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names.filter(isTempFileName)) {
    const full = path.join(dir, name);
    await fsp.rm(full, { force: true });
    removed.push(full);
  }
  return removed;
}

/**
 * A name beside `file` to move a damaged file to: `<file>.<label>-<timestamp>`, never an
 * existing name, so nothing is ever overwritten. Colons are left out for Windows.
 */
export function asidePath(file: string, label: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/:/g, '-');
  let candidate = `${file}.${label}-${stamp}`;
  for (let n = 2; fs.existsSync(candidate); n++) candidate = `${file}.${label}-${stamp}-${n}`;
  return candidate;
}
