import fs from 'node:fs/promises';
import path from 'node:path';
import { freeze, type Patch } from 'immer';
import {
  DocumentError,
  parseDocumentRepairing,
  serializeDocument,
  type RepairedDocument,
} from '../../shared/document/format';
import type { Workshop } from '../../shared/model/workshop';
import type { Language } from '../../shared/settings';
import { asidePath, copyFileAtomic, fsyncDir, writeFileAtomic } from '../platform/atomicWrite';
import { errorCode, fileExists as exists } from '../platform/fileSystem';
import { Journal, journalPathFor, readJournal, type JournalEntry } from './journal';
import { keepBeforeRepair } from './keepBeforeRepair';
import { describeNotice, type OpenNotice } from './openNotices';
import { replayJournal } from './replayJournal';

export const DOCUMENT_EXTENSION = '.dialogrum';
export const DEFAULT_COMPACT_EVERY = 200;

export interface DocumentStoreOptions {
  clock?: () => number;
  /** Rewrite the file and empty the journal after this many journal entries. */
  compactEvery?: number;
  /** The language of `warnings` (English if not given). */
  language?: () => Language;
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
  readonly notices: OpenNotice[] = [];
  private language: (() => Language) | undefined;
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

  /** The notices as messages in `language`. */
  describeNotices(language: Language = 'en'): string[] {
    return this.notices.map((notice) => describeNotice(notice, this.current, language));
  }

  /** The notices in the user's language (DocumentStoreOptions.language). */
  get warnings(): string[] {
    return this.describeNotices(this.language?.() ?? 'en');
  }

  get revision(): number {
    return this.currentRevision;
  }

  /** ISO time the last change reached the disk. */
  get savedAt(): string | null {
    return this.lastSavedAt;
  }

  /** Closed: renamed, saved elsewhere and switched from, or closed with the host. */
  get isClosed(): boolean {
    return this.closed;
  }

  get compactionDue(): boolean {
    return this.journal.entries >= this.compactEvery;
  }

  /**
   * Open a document: parse it, replay its journal, validate the result. A damaged file is moved
   * aside (with its journal) and the DocumentError says where; a newer format, or a workshop that
   * breaks a rule that cannot be repaired, is refused untouched. A broken limit is repaired, the
   * original kept beside it (see keepBeforeRepair); a damaged journal is kept as a copy.
   */
  static async open(file: string, options: DocumentStoreOptions = {}): Promise<DocumentStore> {
    const clock = options.clock ?? Date.now;
    const { document: doc, changes: fileChanges } = await readDocument(file, clock);
    const journalFile = journalPathFor(file);
    const reading = await readJournal(journalFile, doc.revision);
    const replay = replayJournal(doc, reading.entries);
    const damage = reading.damage ?? replay.damage;
    const notices: OpenNotice[] = [];
    if (damage) {
      // Keep the whole journal for whoever investigates; the document opens with what replayed.
      const copyAt = asidePath(journalFile, 'corrupt', clock());
      await copyFileAtomic(journalFile, copyAt);
      const lost = replay.skipped + reading.unread;
      notices.push({
        kind: 'journal-damaged',
        file,
        reason: damage,
        revision: replay.revision,
        lost,
        copyAt,
      });
    }
    const changes = [...fileChanges, ...replay.changes];
    if (changes.length > 0) {
      const journalCopy = reading.nonEmpty ? journalFile : null;
      notices.push(await keepBeforeRepair(file, journalCopy, changes, clock()));
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
    store.notices.push(...notices);
    store.language = options.language;
    try {
      // Fold what was replayed (or repaired) into the file; this also drops a cut last line and
      // stale entries. A repaired file is written at once, so it is repaired only once.
      if (reading.nonEmpty || changes.length > 0) await store.compact();
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

  /**
   * Carry on under another name: compact (so the document alone holds every acknowledged
   * change), release the journal, let `moveFiles` move the files (moveDocumentFiles), and open
   * the journal again wherever the document then is. This store is closed; the one returned has
   * the same state, at `target` or, when the move failed, still here (`error` says why).
   */
  async renameTo(
    target: string,
    moveFiles: (from: string, to: string) => Promise<unknown>,
  ): Promise<{ store: DocumentStore; error: unknown }> {
    this.assertOpen();
    await this.compact();
    this.closed = true;
    await this.journal.close();
    let error: unknown = null;
    try {
      await moveFiles(this.path, target);
    } catch (caught) {
      error = caught;
    }
    const at = error === null || !(await exists(this.path)) ? target : this.path;
    const store = new DocumentStore(
      at,
      await Journal.open(journalPathFor(at)),
      this.current,
      this.currentRevision,
      this.lastSavedAt,
      this.clock,
      this.compactEvery,
    );
    store.notices.push(...this.notices);
    store.language = this.language;
    return { store, error };
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

async function readDocument(file: string, clock: () => number): Promise<RepairedDocument> {
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
    return parseDocumentRepairing(text);
  } catch (error) {
    if (error instanceof DocumentError && error.code === 'unrepairable') {
      throw new DocumentError(error.code, `${error.message} The file was left as it is.`);
    }
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
 * Only a damaged `.dialogrum` file is moved aside ('unrepairable' never reaches here). A file
 * from a newer Dialogrum is fine, just not readable here; any other file (someone else's, or our own journal or backup opened by
 * mistake) is refused and left exactly where it is.
 */
function shouldMoveAside(error: DocumentError, file: string): boolean {
  return error.code !== 'newer-version' && file.endsWith(DOCUMENT_EXTENSION);
}

/** Save As always produces a `.dialogrum` file, so it can never land on a journal or backup. */
export function withDocumentExtension(file: string): string {
  return file.endsWith(DOCUMENT_EXTENSION) ? file : `${file}${DOCUMENT_EXTENSION}`;
}
