import fs from 'node:fs/promises';
import path from 'node:path';
import type { Patch } from 'immer';
import { z } from 'zod';
import { fsyncDir } from '../platform/atomicWrite';
import { errorCode } from '../platform/fileSystem';

/**
 * The append-only journal beside a document (`<file>.journal`): one JSON line per change since
 * the file was last written, `{"revision": n, "patches": [...]}`. A change is acknowledged only
 * once its line is written and flushed (fdatasync), so a crash can cut only an unacknowledged
 * last line, which reading ignores.
 */

export interface JournalEntry {
  revision: number;
  patches: Patch[];
}

const PatchSchema = z.object({
  op: z.enum(['add', 'remove', 'replace']),
  path: z.array(z.union([z.string(), z.number()])),
  value: z.unknown().optional(),
});
const JournalEntrySchema = z.object({
  revision: z.number().int().positive(),
  patches: z.array(PatchSchema),
});

export function journalPathFor(documentPath: string): string {
  return `${documentPath}.journal`;
}

export interface JournalReading {
  /** Entries after the document's revision, consecutive from revision + 1. */
  entries: JournalEntry[];
  /** The file holds anything at all (even only stale entries or a cut line): worth compacting. */
  nonEmpty: boolean;
  /** A last line without its newline: a write a kill cut short, never acknowledged. */
  tornTail: boolean;
  /** Why reading stopped before the end, when a complete line was bad. */
  damage: string | null;
  /** Complete lines from the bad one on: acknowledged changes that could not be read. */
  unread: number;
}

export async function readJournal(file: string, documentRevision: number): Promise<JournalReading> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT')
      return { entries: [], nonEmpty: false, tornTail: false, damage: null, unread: 0 };
    throw error;
  }
  const lines = text.split('\n');
  // split() leaves '' after a final newline; anything else there is a line cut short.
  const tail = lines.pop() ?? '';
  const entries: JournalEntry[] = [];
  let expected = documentRevision + 1;
  let damage: string | null = null;
  let unread = 0;
  for (const [index, line] of lines.entries()) {
    const entry = parseLine(line);
    if (!entry) {
      damage = `line ${index + 1} of the journal is damaged`;
      unread = lines.length - index;
      break;
    }
    // Entries already in the document: a crash came between writing the file and emptying the journal.
    if (entry.revision < expected && entries.length === 0) continue;
    if (entry.revision !== expected) {
      damage = `line ${index + 1} of the journal has revision ${entry.revision}, expected ${expected}`;
      unread = lines.length - index;
      break;
    }
    entries.push(entry);
    expected++;
  }
  return { entries, nonEmpty: text.length > 0, tornTail: tail.length > 0, damage, unread };
}

function parseLine(line: string): JournalEntry | null {
  try {
    const result = JournalEntrySchema.safeParse(JSON.parse(line));
    return result.success ? (result.data as JournalEntry) : null;
  } catch {
    return null;
  }
}

/** The open journal of the open document. Not safe for concurrent appends: the host queues them. */
export class Journal {
  private broken: Error | null = null;

  private constructor(
    readonly file: string,
    private readonly handle: fs.FileHandle,
    private size: number,
  ) {}

  private count = 0;

  /**
   * Open for appending, creating the file (durably) if it is not there. Not with the 'a' flag:
   * on Windows an append-only handle cannot be truncated, so writes go to an explicit position.
   */
  static async open(file: string): Promise<Journal> {
    let handle: fs.FileHandle;
    let created = false;
    try {
      handle = await fs.open(file, 'r+');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      handle = await fs.open(file, 'wx+');
      created = true;
    }
    try {
      const { size } = await handle.stat();
      if (created) await fsyncDir(path.dirname(file));
      return new Journal(file, handle, size);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Entries appended since the journal was last emptied. */
  get entries(): number {
    return this.count;
  }

  /** Resolves once the entry is on disk: that is the acknowledgement. */
  async append(entry: JournalEntry): Promise<void> {
    if (this.broken) throw this.broken;
    const bytes = Buffer.from(JSON.stringify(entry) + '\n', 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) {
        const at = this.size + written;
        const { bytesWritten } = await this.handle.write(
          bytes,
          written,
          bytes.length - written,
          at,
        );
        written += bytesWritten;
      }
      await this.handle.datasync();
    } catch (error) {
      await this.rollBack(error);
      throw error;
    }
    this.size += bytes.length;
    this.count++;
  }

  /**
   * A failed write (disk full) may leave part of a line; later lines after it would be unreadable,
   * so cut it off. If even that fails, refuse further appends rather than write after garbage.
   */
  private async rollBack(cause: unknown): Promise<void> {
    try {
      await this.handle.truncate(this.size);
      await this.handle.datasync();
    } catch {
      const text = `The journal ${this.file} could not be repaired after a failed write`;
      this.broken = new Error(text, { cause });
    }
  }

  /** Empty the journal, once its entries are in the document file. */
  async reset(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.sync();
    this.size = 0;
    this.count = 0;
    this.broken = null;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
