import path from 'node:path';
import { DocumentError, parseDocumentRepairing } from '../../shared/document/format';
import type { Workshop } from '../../shared/model/workshop';
import { journalPathFor, readJournal } from '../host/journal';
import { describeChanges } from '../host/openNotices';
import { replayJournal } from '../host/replayJournal';
import { CliError, EXIT } from './exitCodes';
import { readInputFile } from './inputFile';

export interface WorkshopFile {
  workshop: Workshop;
  /** The revision after replaying the journal. */
  revision: number;
  /** Things to tell the user that did not stop the reading. */
  warnings: string[];
}

/**
 * Read a `.dialogrum` file and replay its journal, as the app would open it, but read-only:
 * nothing is written, compacted, repaired on disk or moved aside (the app may have the document
 * open right now). A workshop that breaks a limit is repaired in memory only, with a warning.
 */
export async function readWorkshopFile(file: string): Promise<WorkshopFile> {
  const text = await readInputFile(file, 'workshop file');
  let read;
  try {
    read = parseDocumentRepairing(text);
  } catch (error) {
    if (error instanceof DocumentError) throw new CliError(EXIT.fileUnreadable, error.message);
    throw error;
  }
  const doc = read.document;
  const journalFile = journalPathFor(file);
  let reading;
  try {
    reading = await readJournal(journalFile, doc.revision);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      EXIT.fileUnreadable,
      `The journal ${journalFile} could not be read: ${reason}`,
    );
  }
  // The same replay as the app's (DocumentStore.open), without its compaction or moving aside.
  const replay = replayJournal(doc, reading.entries);
  const damage = reading.damage ?? replay.damage;
  const warnings: string[] = [];
  if (damage) {
    const lost = replay.skipped + reading.unread;
    warnings.push(
      `The journal ${journalFile} is damaged (${damage}); exported the workshop as of revision ${replay.revision}, without ${lost} later change(s).`,
    );
  }
  const changes = [...read.changes, ...replay.changes];
  if (changes.length > 0) {
    const list = describeChanges(changes, replay.workshop, 'en').join('\n');
    warnings.push(
      `${path.basename(file)} breaks Dialogrum's limits; exported it as repaired in memory (the file is unchanged; the app repairs it on opening):\n${list}`,
    );
  }
  return { workshop: replay.workshop, revision: replay.revision, warnings };
}
