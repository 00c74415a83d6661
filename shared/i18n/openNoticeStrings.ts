import type { Language } from '../languages';

/** The workshop's fields a repair can reach, named in a change's path ("dagsorden › nr. 2 …"). */
export interface RepairFieldNames {
  agenda: string;
  participants: string;
  exercises: string;
  evaluation: string;
  responses: string;
  series: string;
  number: string;
  meetings: string;
  title: string;
  ideas: string;
  actions: string;
  history: string;
  notes: string;
  steps: string;
  description: string;
  text: string;
  name: string;
  minutes: string;
  plannedMinutes: string;
  dotsPerPerson: string;
}

/**
 * What the host tells the user when opening a document repaired it or its journal was damaged
 * (main/host/openNotices.ts). `where` is the path already put into words.
 */
export interface OpenNoticeStrings {
  fields: RepairFieldNames;
  /** An item in a list, counted from 1. */
  item: (n: number) => string;
  numberChanged: (where: string, before: number, after: number) => string;
  listCut: (where: string, count: number, limit: number, removed: number) => string;
  textCut: (where: string, length: number, limit: number) => string;
  /** After the shown changes, the count of the rest. */
  more: (n: number) => string;
  journalDamaged: (notice: {
    name: string;
    reason: string;
    revision: number;
    lost: number;
    copyAt: string;
  }) => string;
  repaired: (notice: {
    name: string;
    changes: string;
    recoveredAt: string;
    originalAt: string;
    journal: string;
  }) => string;
  /** Appended to `repaired` when the document had a journal; starts with a space. */
  journalKept: (at: string) => string;
}

export const OPEN_NOTICE_STRINGS: Readonly<Record<Language, OpenNoticeStrings>> = {
  da: {
    fields: {
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
    item: (n) => `nr. ${n}`,
    numberChanged: (where, before, after) =>
      `${where}: ${before} er uden for det tilladte og er ændret til ${after}.`,
    listCut: (where, count, limit, removed) =>
      `${where}: ${count}, men højst ${limit} er tilladt; de sidste ${removed} er taget ud.`,
    textCut: (where, length, limit) =>
      `${where}: ${length} tegn, men højst ${limit} er tilladt; teksten er afkortet.`,
    more: (n) => `… og ${n} mere.`,
    journalDamaged: ({ name, reason, revision, lost, copyAt }) =>
      `Journalen til ${name} er beskadiget (${reason}). Ændringer til og med revision ${revision} er genskabt; ${lost} senere gemte ændring(er) kunne ikke genskabes og er ikke med. En kopi af journalen ligger i ${copyAt}.`,
    repaired: ({ name, changes, recoveredAt, originalAt, journal }) =>
      `${name} overskred Dialogrums grænser og er repareret ved åbningen:\n${changes}\nAlt, der er taget ud eller afkortet, står i ${recoveredAt}. Filen, som den var, er gemt uændret i ${originalAt}.${journal}`,
    journalKept: (at) => ` Journalen, som den var, ligger i ${at}.`,
  },
  en: {
    // English names a field by its key in the file, as the command line has always printed it.
    fields: {
      agenda: 'agenda',
      participants: 'participants',
      exercises: 'exercises',
      evaluation: 'evaluation',
      responses: 'responses',
      series: 'series',
      number: 'number',
      meetings: 'meetings',
      title: 'title',
      ideas: 'ideas',
      actions: 'actions',
      history: 'history',
      notes: 'notes',
      steps: 'steps',
      description: 'description',
      text: 'text',
      name: 'name',
      minutes: 'minutes',
      plannedMinutes: 'plannedMinutes',
      dotsPerPerson: 'dotsPerPerson',
    },
    item: (n) => `no. ${n}`,
    numberChanged: (where, before, after) =>
      `${where}: ${before} is out of range and was changed to ${after}.`,
    listCut: (where, count, limit, removed) =>
      `${where}: ${count}, but at most ${limit} are allowed; the last ${removed} were taken out.`,
    textCut: (where, length, limit) =>
      `${where}: ${length} characters, but at most ${limit} are allowed; the text was shortened.`,
    more: (n) => `… and ${n} more.`,
    journalDamaged: ({ name, reason, revision, lost, copyAt }) =>
      `The journal of ${name} is damaged (${reason}). Changes up to revision ${revision} were recovered; ${lost} later saved change(s) could not be and are missing. A copy of the journal is at ${copyAt}.`,
    repaired: ({ name, changes, recoveredAt, originalAt, journal }) =>
      `${name} broke Dialogrum's limits and was repaired on opening:\n${changes}\nEverything taken out or shortened is in ${recoveredAt}. The file as it was is kept unchanged at ${originalAt}.${journal}`,
    journalKept: (at) => ` Its journal as it was is at ${at}.`,
  },
};
