import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentInfo, DocumentListing } from '../../shared/api';
import type { Workshop } from '../../shared/model/workshop';
import { safeFileStem } from '../../shared/safeFileStem';
import { errorCode, fileExists } from '../platform/fileSystem';
import { DOCUMENT_EXTENSION } from './documentStore';

/** The most recent documents kept in settings (DocumentListing, the welcome screen). */
export const RECENT_LIMIT = 10;

// "Workshop" is the same word in Danish and English, so a file name needs no translation.
const NEW_DOCUMENT_STEM = 'Workshop';
const DEFAULT_NAME = /^Workshop \d+\.dialogrum$/;

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

/** `Workshop N.dialogrum`: a name the app chose, not the user (see meetingFileStem). */
export function hasDefaultName(file: string): boolean {
  return DEFAULT_NAME.test(path.basename(file));
}

/**
 * The name a workshop file gets once the meeting has a title and a date:
 * "2015-04-16 Møde i Direktørforum", so a forum's meetings sort by date in the folder. Not from
 * a title alone: a forum meets under the same title again and again, the date tells its files
 * apart, and a file renamed once for the title would then never get its date (only a default
 * name is ever renamed). null until both are set, or when the title leaves nothing for a name.
 */
export function meetingFileStem(workshop: Pick<Workshop, 'title' | 'date'>): string | null {
  if (workshop.date === '' || safeFileStem(workshop.title, { fallback: '' }) === '') return null;
  return safeFileStem(`${workshop.date} ${workshop.title}`);
}

/**
 * Names compared as a disk that ignores case sees them (Windows, macOS): on Linux too, as a
 * folder of workshops is often synced or copied to one of those, where two such names would clash.
 */
const foldName = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * `<stem>.dialogrum` in `dir`, or `<stem> (2).dialogrum` and so on when taken. A journal, backup
 * or a copy kept aside of that name also makes it taken, so nothing is replayed onto the new
 * file and nothing of another workshop's is mistaken for its own.
 */
export async function freeDocumentPath(dir: string, stem: string): Promise<string> {
  const names = (await namesIn(dir)).map(foldName);
  for (let n = 1; ; n++) {
    const name = `${n === 1 ? stem : `${stem} (${n})`}${DOCUMENT_EXTENSION}`;
    const folded = foldName(name);
    if (!names.some((taken) => taken === folded || taken.startsWith(`${folded}.`))) {
      return path.join(dir, name);
    }
  }
}

/**
 * Where a document goes once a change has given its meeting a title and a date: only from a
 * default name (a name the user chose is never touched), only when the change touched the title
 * or the date (an older file keeps its name until then). null: it keeps its name.
 */
export async function meetingRenameTarget(
  file: string,
  before: Pick<Workshop, 'title' | 'date'>,
  after: Pick<Workshop, 'title' | 'date'>,
): Promise<string | null> {
  if (!hasDefaultName(file)) return null;
  if (before.title === after.title && before.date === after.date) return null;
  const stem = meetingFileStem(after);
  return stem === null ? null : freeDocumentPath(path.dirname(file), stem);
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

/** The recent list once `from` has become `to`: `to` first, `from` gone. */
export function withRenamed(recent: readonly string[], from: string, to: string): string[] {
  return withRecent(
    recent.filter((p) => p !== from),
    to,
  );
}
