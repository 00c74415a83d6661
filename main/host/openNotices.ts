import path from 'node:path';
import type { RepairChange, RepairPath } from '../../shared/document/repairWorkshop';
import type { Workshop } from '../../shared/model/workshop';
import { OPEN_NOTICE_STRINGS, type OpenNoticeStrings } from '../../shared/i18n/openNoticeStrings';
import type { Language } from '../../shared/languages';

/** What opening a document changed or could not recover, for the user (the host's warnings). */
export type OpenNotice =
  | {
      kind: 'repaired';
      file: string;
      changes: RepairChange[];
      /** The file as it was, untouched; and its journal, if it had one. */
      originalAt: string;
      journalAt: string | null;
      /** Every item and text that was cut, in full. */
      recoveredAt: string;
    }
  | {
      kind: 'journal-damaged';
      file: string;
      reason: string;
      revision: number;
      /** Acknowledged changes in the journal that are not in the opened workshop. */
      lost: number;
      copyAt: string;
    };

const SHOWN_CHANGES = 12;

/** A field the strings name by its name; any other key (a new field) by itself. */
function fieldName(key: string, words: OpenNoticeStrings): string {
  return Object.hasOwn(words.fields, key) ? words.fields[key as keyof typeof words.fields] : key;
}

function describePath(at: RepairPath, workshop: Workshop, words: OpenNoticeStrings): string {
  const parts: string[] = [];
  let node: unknown = workshop;
  for (const key of at) {
    node =
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : null;
    if (typeof key === 'number') {
      const named = node as { title?: unknown; name?: unknown } | null;
      const title = named?.title ?? named?.name;
      const label = words.item(key + 1);
      parts.push(typeof title === 'string' && title ? `${label} "${title}"` : label);
    } else {
      parts.push(fieldName(key, words));
    }
  }
  return parts.join(' › ');
}

function describeChange(
  change: RepairChange,
  workshop: Workshop,
  words: OpenNoticeStrings,
): string {
  const where = describePath(change.path, workshop, words);
  switch (change.kind) {
    case 'number':
      return words.numberChanged(where, change.before, change.after);
    case 'list':
      return words.listCut(
        where,
        change.limit + change.removed.length,
        change.limit,
        change.removed.length,
      );
    case 'text':
      return words.textCut(where, change.before.length, change.limit);
  }
}

/** One line per change (`• …`), at most SHOWN_CHANGES and a count of the rest. */
export function describeChanges(
  changes: RepairChange[],
  workshop: Workshop,
  language: Language,
): string[] {
  const words = OPEN_NOTICE_STRINGS[language];
  const shown = changes
    .slice(0, SHOWN_CHANGES)
    .map((c) => `• ${describeChange(c, workshop, words)}`);
  const more = changes.length - shown.length;
  if (more > 0) shown.push(`• ${words.more(more)}`);
  return shown;
}

/** The notice as one message in the user's language. */
export function describeNotice(notice: OpenNotice, workshop: Workshop, language: Language): string {
  const words = OPEN_NOTICE_STRINGS[language];
  const name = path.basename(notice.file);
  if (notice.kind === 'journal-damaged') {
    const { reason, revision, lost, copyAt } = notice;
    return words.journalDamaged({ name, reason, revision, lost, copyAt });
  }
  return words.repaired({
    name,
    changes: describeChanges(notice.changes, workshop, language).join('\n'),
    recoveredAt: notice.recoveredAt,
    originalAt: notice.originalAt,
    journal: notice.journalAt ? words.journalKept(notice.journalAt) : '',
  });
}
