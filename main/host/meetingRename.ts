import type { Workshop } from '../../shared/model/workshop';
import { hasDefaultName, meetingRenameTarget, withRecent, withRenamed } from './documentFiles';
import type { DocumentStore } from './documentStore';
import {
  isSameFile,
  moveDocumentFiles,
  removeLeftBehind,
  renameDurably,
  type RenameFile,
} from './moveDocument';

/** What renaming needs of the host: its recent list, its warnings. */
export interface RenameContext {
  updateRecent(change: (recent: string[]) => string[]): void;
  warn(text: string): void;
  renameFile?: RenameFile | undefined;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * After a change: a default-named document whose meeting now has a title and a date takes the
 * meeting's name. Returns the store to carry on with, or null when it keeps its name. A failure
 * is a warning (the change is acknowledged already); it throws only if no store is left open.
 */
export async function renameForMeeting(
  doc: DocumentStore,
  before: Workshop,
  context: RenameContext,
): Promise<DocumentStore | null> {
  const from = doc.path;
  const target = await meetingRenameTarget(from, before, doc.workshop);
  if (target === null) return null;
  // Both names first: a restart after a crash anywhere below opens whichever has the document.
  context.updateRecent((recent) => withRecent(withRecent(recent, from), target));
  let leftBehind: string[] = [];
  const moved = await doc.renameTo(target, async (a, b) => {
    leftBehind = await moveDocumentFiles(a, b, context.renameFile ?? renameDurably);
  });
  const [gone, kept] = moved.store.path === target ? [from, target] : [target, from];
  context.updateRecent((recent) => withRenamed(recent, gone, kept));
  if (moved.error !== null) context.warn(`Could not rename ${from}: ${message(moved.error)}`);
  if (leftBehind.length > 0) context.warn(`Left under the old name: ${leftBehind.join(', ')}`);
  return moved.store;
}

/**
 * After Save As from `old` to `saved`: a file nobody named (`Workshop N`) is moved rather than
 * copied, so no stray one is left behind. A file the user named stays, as Save As leaves it.
 */
export async function leaveNoDefaultCopy(
  old: string,
  saved: string,
  context: RenameContext,
): Promise<void> {
  // The same file under another spelling (a disk that ignores case): nothing to remove.
  if (!hasDefaultName(old) || (await isSameFile(old, saved))) return;
  try {
    await removeLeftBehind(old, saved);
    context.updateRecent((recent) => recent.filter((p) => p !== old));
  } catch (error) {
    context.warn(`Could not remove ${old} after saving as ${saved}: ${message(error)}`);
  }
}
