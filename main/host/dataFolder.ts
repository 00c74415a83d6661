import fs from 'node:fs/promises';
import path from 'node:path';
import { tempPathFor } from '../platform/atomicWrite';
import { errorCode } from '../platform/fileSystem';

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The documents (data) folder cannot be created or written: start-up cannot go on. */
export class DataFolderError extends Error {
  constructor(
    readonly folder: string,
    readonly reason: string,
  ) {
    super(
      `The data folder ${folder} cannot be written (${reason}). Make it writable, or choose another folder.`,
    );
    this.name = 'DataFolderError';
  }
}

/**
 * Create `folder` if needed and check that a file can be written in it, by writing and removing
 * a temp file (so a crash in between leaves only what start-up cleans). A permission problem
 * becomes a DataFolderError with one clear sentence; anything else is thrown as it is.
 */
export async function ensureWritableFolder(folder: string): Promise<void> {
  try {
    await fs.mkdir(folder, { recursive: true });
    const probe = tempPathFor(path.join(folder, 'write-check'));
    await fs.writeFile(probe, '', { flag: 'wx' });
    await fs.rm(probe, { force: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EROFS') throw new DataFolderError(folder, 'it is on a read-only disk');
    if (code && NOT_WRITABLE.has(code)) throw new DataFolderError(folder, 'permission denied');
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      throw new DataFolderError(folder, 'it is a file, not a folder');
    }
    throw error;
  }
}
