import { applyPatches } from 'immer';
import '../../shared/immerPlugins';
import type { DialogrumDocument } from '../../shared/document/format';
import { repairWorkshop, type RepairChange } from '../../shared/document/repairWorkshop';
import { WorkshopSchema, type Workshop } from '../../shared/model/workshop';
import type { JournalEntry } from './journal';

export interface Replayed {
  workshop: Workshop;
  revision: number;
  /** Why replay stopped before the last entry; null when every entry was applied. */
  damage: string | null;
  /** Entries read from the journal but not applied. */
  skipped: number;
  /** Limits the replayed workshop broke, repaired (see repairWorkshop). */
  changes: RepairChange[];
}

/**
 * Apply journal entries in order. Each patch was made against the state before it, so after one
 * that does not apply nothing later can be applied safely: replay stops there. The result is
 * validated once at the end; a broken limit is repaired; if it breaks another rule, replay falls
 * back to the longest run of entries whose every state is valid.
 */
export function replayJournal(doc: DialogrumDocument, entries: JournalEntry[]): Replayed {
  let workshop: Workshop = doc.workshop;
  let applied = 0;
  let damage: string | null = null;
  for (const entry of entries) {
    try {
      workshop = applyPatches(workshop, entry.patches);
    } catch {
      damage = `revision ${entry.revision} does not apply`;
      break;
    }
    applied++;
  }
  const revision = applied > 0 ? entries[applied - 1]!.revision : doc.revision;
  if (applied === 0) return { workshop, revision, damage, skipped: entries.length, changes: [] };
  const repaired = repairWorkshop(workshop);
  if (repaired.ok) {
    return {
      workshop: repaired.workshop,
      revision,
      damage,
      skipped: entries.length - applied,
      changes: repaired.changes,
    };
  }
  return replayValidatingEach(doc, entries);
}

/** The old, strict replay: stop at the first entry that does not apply or breaks the schema. */
function replayValidatingEach(doc: DialogrumDocument, entries: JournalEntry[]): Replayed {
  let workshop = doc.workshop;
  let revision = doc.revision;
  for (const [index, entry] of entries.entries()) {
    let next: Workshop;
    try {
      next = WorkshopSchema.parse(applyPatches(workshop, entry.patches));
    } catch {
      const damage = `revision ${entry.revision} breaks the workshop's rules`;
      return { workshop, revision, damage, skipped: entries.length - index, changes: [] };
    }
    workshop = next;
    revision = entry.revision;
  }
  return { workshop, revision, damage: null, skipped: 0, changes: [] };
}
