import type { RepairChange } from '../../shared/document/repairWorkshop';
import { asidePath, copyFileAtomic, writeFileAtomic } from '../platform/atomicWrite';
import type { OpenNotice } from './openNotices';

/**
 * Before a repaired workshop replaces its file: keep the file (and its journal, if it has entries)
 * untouched beside it, and write what the repair took out to a "recovered" file, readable JSON.
 */
export async function keepBeforeRepair(
  file: string,
  journalFile: string | null,
  changes: RepairChange[],
  now: number,
): Promise<Extract<OpenNotice, { kind: 'repaired' }>> {
  const originalAt = asidePath(file, 'before-repair', now);
  await copyFileAtomic(file, originalAt);
  let journalAt: string | null = null;
  if (journalFile) {
    journalAt = asidePath(journalFile, 'before-repair', now);
    await copyFileAtomic(journalFile, journalAt);
  }
  const recoveredAt = asidePath(file, 'recovered', now);
  const recovered = {
    about:
      'What Dialogrum changed when it opened this workshop, because it broke a limit. ' +
      '"removed" holds list items taken out; "before" the whole original text or number.',
    file,
    repairedAt: new Date(now).toISOString(),
    originalKeptAt: originalAt,
    changes,
  };
  await writeFileAtomic(recoveredAt, JSON.stringify(recovered, null, 1) + '\n');
  return { kind: 'repaired', file, changes, originalAt, journalAt, recoveredAt };
}
