import fs from 'node:fs/promises';
import path from 'node:path';
import { applyPatches, enablePatches, freeze, type Patch } from 'immer';
import {
  DocumentError,
  parseDocument,
  serializeDocument,
  type DialogrumDocument,
} from '../../shared/document/format';
import { WorkshopSchema, type Workshop } from '../../shared/model/workshop';
import { asidePath, copyFileAtomic, fsyncDir, writeFileAtomic } from './atomicWrite';
import { errorCode, fileExists as exists } from './fileSystem';
import { Journal, journalPathFor, readJournal, type JournalEntry } from './journal';

enablePatches();

export const DOCUMENT_EXTENSION = '.dialogrum';
export const DEFAULT_COMPACT_EVERY = 200;

export interface DocumentStoreOptions {
  clock?: () => number;
  /** Rewrite the file and empty the journal after this many journal entries. */
  compactEvery?: number;
}

export function backupPathFor(documentPath: string): string {
  return `${documentPath}.bak`;
}

/** Rename a damaged file out of the way (never delete it); returns where it went. */
async function moveAside(file: string, now: number): Promise<string> {
  const target = asidePath(file, 'corrupt', now);
  await fs.rename(file, target);
  await fsyncDir(path.dirname(file));
  return target;
}

/**
 * One open `.dialogrum` document and its journal: the persisted state. Every committed change is
 * in the journal before `commit` resolves; `compact` folds the journal into the file.
 */
export class DocumentStore {
  /** Things the user should hear about that did not stop the document from opening. */
  readonly warnings: string[] = [];
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly journal: Journal,
    private current: Workshop,
    private currentRevision: number,
    private lastSavedAt: string | null,
    private readonly clock: () => number,
    private readonly compactEvery: number,
  ) {
    // As immer leaves every state it makes: whoever reads the workshop cannot change it behind our back.
    freeze(current, true);
  }

  get workshop(): Workshop {
    return this.current;
  }

  get revision(): number {
    return this.currentRevision;
  }

  /** ISO time the last change reached the disk. */
  get savedAt(): string | null {
    return this.lastSavedAt;
  }

  get compactionDue(): boolean {
    return this.journal.entries >= this.compactEvery;
  }

  /**
   * Open a document: parse it, replay its journal, validate the result. A damaged file is moved
   * aside (with its journal) and the DocumentError says where; a newer format is refused untouched.
   */
  static async open(file: string, options: DocumentStoreOptions = {}): Promise<DocumentStore> {
    const clock = options.clock ?? Date.now;
    const doc = await readDocument(file, clock);
    const journalFile = journalPathFor(file);
    const reading = await readJournal(journalFile, doc.revision);
    const replay = replayJournal(doc, reading.entries);
    const damage = reading.damage ?? replay.damage;
    let keptAside: string | null = null;
    if (damage) {
      // Keep the whole journal for whoever investigates; the document opens with what replayed.
      keptAside = asidePath(journalFile, 'corrupt', clock());
      await copyFileAtomic(journalFile, keptAside);
    }
    const journal = await Journal.open(journalFile);
    const store = new DocumentStore(
      file,
      journal,
      replay.workshop,
      replay.revision,
      doc.savedAt,
      clock,
      options.compactEvery ?? DEFAULT_COMPACT_EVERY,
    );
    if (damage) {
      store.warnings.push(
        `The journal of ${file} is damaged (${damage}); changes up to revision ${replay.revision} were recovered. A copy of the journal is at ${keptAside}.`,
      );
    }
    try {
      // Fold what was replayed into the file; this also drops a cut last line and stale entries.
      if (reading.nonEmpty) await store.compact();
    } catch (error) {
      await journal.close();
      throw error;
    }
    return store;
  }

  /** Write a new document at `file` (replacing any there, kept as `.bak`) and open it. */
  static async create(
    file: string,
    workshop: Workshop,
    revision: number,
    options: DocumentStoreOptions = {},
  ): Promise<DocumentStore> {
    const clock = options.clock ?? Date.now;
    // Empty any journal first: its entries belong to the file being replaced, not to this one.
    const journal = await Journal.open(journalPathFor(file));
    try {
      await journal.reset();
      const savedAt = await writeDocument(file, workshop, revision, clock());
      return new DocumentStore(
        file,
        journal,
        workshop,
        revision,
        savedAt,
        clock,
        options.compactEvery ?? DEFAULT_COMPACT_EVERY,
      );
    } catch (error) {
      await journal.close();
      throw error;
    }
  }

  /** Record one change. Resolves once it is on disk; only then does the state move on. */
  async commit(next: Workshop, patches: Patch[]): Promise<number> {
    this.assertOpen();
    const entry: JournalEntry = { revision: this.currentRevision + 1, patches };
    await this.journal.append(entry);
    this.current = next;
    this.currentRevision = entry.revision;
    this.lastSavedAt = new Date(this.clock()).toISOString();
    return entry.revision;
  }

  /** Write the whole document atomically, keep the previous good file as `.bak`, empty the journal. */
  async compact(): Promise<void> {
    this.assertOpen();
    this.lastSavedAt = await writeDocument(
      this.path,
      this.current,
      this.currentRevision,
      this.clock(),
    );
    // Only now: had we crashed before the rename, the journal still held every change.
    await this.journal.reset();
  }

  /** Save the current state at another path and open that; this store stays open until closed. */
  async saveAs(file: string): Promise<DocumentStore> {
    this.assertOpen();
    return DocumentStore.create(file, this.current, this.currentRevision, {
      clock: this.clock,
      compactEvery: this.compactEvery,
    });
  }

  /** Compact (if anything is in the journal) and release the journal. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (this.journal.entries > 0) await this.compact();
    } finally {
      this.closed = true;
      await this.journal.close();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`The document ${this.path} is closed`);
  }
}

async function writeDocument(
  file: string,
  workshop: Workshop,
  revision: number,
  now: number,
): Promise<string> {
  const savedAt = new Date(now);
  if (await exists(file)) await copyFileAtomic(file, backupPathFor(file));
  await writeFileAtomic(file, serializeDocument(workshop, revision, savedAt));
  return savedAt.toISOString();
}

async function readDocument(file: string, clock: () => number): Promise<DialogrumDocument> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      throw new DocumentError('invalid', `There is no workshop file at ${file}.`);
    }
    throw error;
  }
  try {
    return parseDocument(text);
  } catch (error) {
    if (!(error instanceof DocumentError) || !shouldMoveAside(error, file)) throw error;
    const now = clock();
    const moved = await moveAside(file, now);
    const journalFile = journalPathFor(file);
    // Without its file the journal cannot be replayed, and must not be replayed onto a new one.
    if (await exists(journalFile)) await moveAside(journalFile, now);
    const backup = backupPathFor(file);
    const backupNote = (await exists(backup)) ? ` The previous good version is at ${backup}.` : '';
    throw new DocumentError(
      error.code,
      `${error.message} The damaged file was moved to ${moved} (nothing was deleted).${backupNote}`,
    );
  }
}

/**
 * Only a damaged `.dialogrum` file is moved aside. A file from a newer Dialogrum is fine, just
 * not readable here; any other file (someone else's, or our own journal or backup opened by
 * mistake) is refused and left exactly where it is.
 */
function shouldMoveAside(error: DocumentError, file: string): boolean {
  return error.code !== 'newer-version' && file.endsWith(DOCUMENT_EXTENSION);
}

/** Save As always produces a `.dialogrum` file, so it can never land on a journal or backup. */
export function withDocumentExtension(file: string): string {
  return file.endsWith(DOCUMENT_EXTENSION) ? file : `${file}${DOCUMENT_EXTENSION}`;
}

export interface Replayed {
  workshop: Workshop;
  revision: number;
  damage: string | null;
}

/** Apply journal entries one by one; stop at the first that does not apply or breaks the schema. */
export function replayJournal(doc: DialogrumDocument, entries: JournalEntry[]): Replayed {
  let workshop = doc.workshop;
  let revision = doc.revision;
  for (const entry of entries) {
    let next: Workshop;
    try {
      next = WorkshopSchema.parse(applyPatches(workshop, entry.patches));
    } catch {
      return { workshop, revision, damage: `revision ${entry.revision} does not apply` };
    }
    workshop = next;
    revision = entry.revision;
  }
  return { workshop, revision, damage: null };
}
