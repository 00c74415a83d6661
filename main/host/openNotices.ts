import path from 'node:path';
import type { RepairChange, RepairPath } from '../../shared/document/repairWorkshop';
import type { Workshop } from '../../shared/model/workshop';
import type { Language } from '../../shared/settings';

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

const LABELS: Record<Language, Record<string, string>> = {
  da: {
    agenda: 'dagsorden',
    participants: 'deltagere',
    exercises: 'øvelser',
    evaluation: 'evaluering',
    responses: 'svar',
    series: 'serie',
    number: 'nummer',
    meetings: 'møder',
    title: 'titel',
    ideas: 'idéer',
    actions: 'handlinger',
    history: 'historik',
    notes: 'noter',
    steps: 'trin',
    description: 'beskrivelse',
    text: 'tekst',
    name: 'navn',
    minutes: 'minutter',
    plannedMinutes: 'planlagte minutter',
    dotsPerPerson: 'prikker pr. person',
  },
  en: {},
};

function describePath(at: RepairPath, workshop: Workshop, language: Language): string {
  const parts: string[] = [];
  let node: unknown = workshop;
  for (const key of at) {
    node =
      typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : null;
    if (typeof key === 'number') {
      const named = node as { title?: unknown; name?: unknown } | null;
      const title = named?.title ?? named?.name;
      const label = language === 'da' ? `nr. ${key + 1}` : `no. ${key + 1}`;
      parts.push(typeof title === 'string' && title ? `${label} "${title}"` : label);
    } else {
      parts.push(LABELS[language][key] ?? key);
    }
  }
  return parts.join(' › ');
}

function describeChange(change: RepairChange, workshop: Workshop, language: Language): string {
  const where = describePath(change.path, workshop, language);
  const da = language === 'da';
  switch (change.kind) {
    case 'number':
      return da
        ? `${where}: ${change.before} er uden for det tilladte og er ændret til ${change.after}.`
        : `${where}: ${change.before} is out of range and was changed to ${change.after}.`;
    case 'list': {
      const count = change.limit + change.removed.length;
      return da
        ? `${where}: ${count}, men højst ${change.limit} er tilladt; de sidste ${change.removed.length} er taget ud.`
        : `${where}: ${count}, but at most ${change.limit} are allowed; the last ${change.removed.length} were taken out.`;
    }
    case 'text':
      return da
        ? `${where}: ${change.before.length} tegn, men højst ${change.limit} er tilladt; teksten er afkortet.`
        : `${where}: ${change.before.length} characters, but at most ${change.limit} are allowed; the text was shortened.`;
  }
}

/** One line per change (`• …`), at most SHOWN_CHANGES and a count of the rest. */
export function describeChanges(
  changes: RepairChange[],
  workshop: Workshop,
  language: Language,
): string[] {
  const shown = changes.slice(0, SHOWN_CHANGES).map((c) => {
    return `• ${describeChange(c, workshop, language)}`;
  });
  const more = changes.length - shown.length;
  if (more > 0) shown.push(language === 'da' ? `• … og ${more} mere.` : `• … and ${more} more.`);
  return shown;
}

/** The notice as one message in the user's language. */
export function describeNotice(notice: OpenNotice, workshop: Workshop, language: Language): string {
  const da = language === 'da';
  const name = path.basename(notice.file);
  if (notice.kind === 'journal-damaged') {
    return da
      ? `Journalen til ${name} er beskadiget (${notice.reason}). Ændringer til og med revision ${notice.revision} er genskabt; ${notice.lost} senere gemte ændring(er) kunne ikke genskabes og er ikke med. En kopi af journalen ligger i ${notice.copyAt}.`
      : `The journal of ${name} is damaged (${notice.reason}). Changes up to revision ${notice.revision} were recovered; ${notice.lost} later saved change(s) could not be and are missing. A copy of the journal is at ${notice.copyAt}.`;
  }
  const shown = describeChanges(notice.changes, workshop, language);
  const journal = notice.journalAt
    ? da
      ? ` Journalen, som den var, ligger i ${notice.journalAt}.`
      : ` Its journal as it was is at ${notice.journalAt}.`
    : '';
  return da
    ? `${name} overskred Dialogrums grænser og er repareret ved åbningen:\n${shown.join('\n')}\nAlt, der er taget ud eller afkortet, står i ${notice.recoveredAt}. Filen, som den var, er gemt uændret i ${notice.originalAt}.${journal}`
    : `${name} broke Dialogrum's limits and was repaired on opening:\n${shown.join('\n')}\nEverything taken out or shortened is in ${notice.recoveredAt}. The file as it was is kept unchanged at ${notice.originalAt}.${journal}`;
}
