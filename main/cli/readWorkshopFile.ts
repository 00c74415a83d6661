import fs from 'node:fs/promises';
import { DocumentError, parseDocument } from '../../shared/document/format';
import type { Workshop } from '../../shared/model/workshop';
import { replayJournal } from '../host/documentStore';
import { errorCode } from '../host/fileSystem';
import { journalPathFor, readJournal } from '../host/journal';
import { CliError, EXIT } from './exitCodes';

export interface WorkshopFile {
  workshop: Workshop;
  /** The revision after replaying the journal. */
  revision: number;
  /** Things to tell the user that did not stop the reading. */
  warnings: string[];
}

async function readText(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) {
      throw new CliError(EXIT.fileMissing, `${file} is a folder, not a workshop file.`);
    }
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (errorCode(error) === 'ENOENT') {
      throw new CliError(EXIT.fileMissing, `There is no workshop file at ${file}.`);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(EXIT.fileUnreadable, `${file} could not be read: ${reason}`);
  }
}

/**
 * Read a `.dialogrum` file and replay its journal, as the app would open it, but read-only:
 * nothing is written, compacted or moved aside (the app may have the document open right now).
 * DocumentStore.open cannot be used for this: it compacts the journal and moves damaged files.
 */
export async function readWorkshopFile(file: string): Promise<WorkshopFile> {
  const text = await readText(file);
  let doc;
  try {
    doc = parseDocument(text);
  } catch (error) {
    if (error instanceof DocumentError) throw new CliError(EXIT.fileUnreadable, error.message);
    throw error;
  }
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
  const { workshop, revision, damage: replayDamage } = replayJournal(doc, reading.entries);
  const damage = reading.damage ?? replayDamage;
  const warnings: string[] = [];
  if (damage) {
    warnings.push(
      `The journal ${journalFile} is damaged (${damage}); exported the workshop as of revision ${revision}.`,
    );
  }
  return { workshop, revision, warnings };
}
