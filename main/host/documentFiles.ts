import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentInfo, DocumentListing } from '../../shared/api';
import { errorCode, fileExists } from '../platform/fileSystem';
import { DOCUMENT_EXTENSION } from './documentStore';

/** The most recent documents kept in settings (DocumentListing, the welcome screen). */
export const RECENT_LIMIT = 10;

// "Workshop" is the same word in Danish and English, so a file name needs no translation.
const NEW_DOCUMENT_STEM = 'Workshop';

export function documentInfo(file: string): DocumentInfo {
  return { path: file, name: path.basename(file, DOCUMENT_EXTENSION) };
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/**
 * `Workshop N.dialogrum` with the smallest N free in `dir`. Any file of that name with a suffix
 * (journal, .bak, a damaged copy moved aside) makes it taken: a new document must not be
 * replayed onto or overwrite an old one's, nor be mistaken for the one that was damaged.
 */
export async function nextDocumentPath(dir: string): Promise<string> {
  const names = await namesIn(dir);
  for (let n = 1; ; n++) {
    const name = `${NEW_DOCUMENT_STEM} ${n}${DOCUMENT_EXTENSION}`;
    if (!names.some((taken) => taken === name || taken.startsWith(`${name}.`))) {
      return path.join(dir, name);
    }
  }
}

/** Recent documents that still exist, and every `.dialogrum` file in the documents folder. */
export async function listDocuments(
  documentsDir: string,
  recent: readonly string[],
): Promise<DocumentListing> {
  const present: string[] = [];
  for (const file of recent) if (await fileExists(file)) present.push(file);
  const available = (await namesIn(documentsDir))
    .filter((name) => name.endsWith(DOCUMENT_EXTENSION))
    .sort((a, b) => a.localeCompare(b, 'da', { numeric: true }))
    .map((name) => documentInfo(path.join(documentsDir, name)));
  return { recent: present.map(documentInfo), available };
}

/** `file` first, no duplicates, at most RECENT_LIMIT. */
export function withRecent(recent: readonly string[], file: string): string[] {
  return [file, ...recent.filter((p) => p !== file)].slice(0, RECENT_LIMIT);
}
