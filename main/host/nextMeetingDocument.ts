import fs from 'node:fs/promises';
import path from 'node:path';
import { nanoid } from 'nanoid';
import type { Workshop } from '../../shared/model/workshop';
import { nextMeeting } from '../../shared/series/nextMeeting';
import { seriesFileStem } from '../../shared/series/seriesFileName';
import type { Language } from '../../shared/settings';
import { DOCUMENT_EXTENSION } from './documentStore';
import { errorCode } from '../platform/fileSystem';

/**
 * `<stem>.dialogrum` in `dir`, or `<stem> (2).dialogrum` and so on when taken. As with new
 * documents, a journal or backup of that name also makes it taken, so nothing is replayed onto
 * the new meeting.
 */
export async function freeDocumentPath(dir: string, stem: string): Promise<string> {
  let names: string[] = [];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  for (let n = 1; ; n++) {
    const name = `${n === 1 ? stem : `${stem} (${n})`}${DOCUMENT_EXTENSION}`;
    if (!names.some((taken) => taken === name || taken.startsWith(`${name}.`))) {
      return path.join(dir, name);
    }
  }
}

/**
 * The next meeting of the open workshop's series and where to keep it: beside the current
 * document, so a series stays in one folder. The current document is not touched.
 */
export async function nextMeetingDocument(
  current: { path: string; workshop: Workshop },
  language: Language,
): Promise<{ file: string; workshop: Workshop }> {
  const workshop = nextMeeting(current.workshop, { language, newId: nanoid });
  const stem = seriesFileStem(workshop.title, workshop.series?.number ?? 2, language);
  return { file: await freeDocumentPath(path.dirname(current.path), stem), workshop };
}
