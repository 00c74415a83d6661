import type { Stats } from 'node:fs';
import fs from 'node:fs/promises';
import { errorCode } from '../platform/fileSystem';
import { CliError, EXIT } from './exitCodes';

function kindOf(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Read an input file as UTF-8 text (without a leading byte-order mark). Only a regular file:
 * a folder, pipe or device is refused before it is opened (reading a FIFO would wait forever).
 */
export async function readInputFile(
  file: string,
  what: 'workshop file' | 'programme file',
): Promise<string> {
  try {
    const kind = kindOf(await fs.stat(file));
    if (kind) {
      throw new CliError(EXIT.fileMissing, `${file} is ${kind}, not a ${what}.`);
    }
    return (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (errorCode(error) === 'ENOENT') {
      throw new CliError(EXIT.fileMissing, `There is no ${what} at ${file}.`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.fileUnreadable, `${file} could not be read: ${reason}`);
  }
}
