import path from 'node:path';
import { nanoid } from 'nanoid';
import type { Workshop } from '../../shared/model/workshop';
import { nextMeeting } from '../../shared/series/nextMeeting';
import { seriesFileStem } from '../../shared/series/seriesFileName';
import type { Language } from '../../shared/settings';
import { freeDocumentPath } from './documentFiles';

// Where the series has always found it.
export { freeDocumentPath };

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
