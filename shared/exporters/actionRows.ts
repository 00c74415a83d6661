import type { ActionStatus, Due } from '../model/actions';
import type { AgendaPoint, Participant, Workshop } from '../model/workshop';
import { actionGaps, type ActionGaps } from '../selectors/actionGaps';
import type { ExportStrings } from '../i18n/exportStrings';
import { shortDate } from '../i18n/recordDates';
import type { Language } from '../languages';

/** One line of the who-does-what-when list, in words, ready for any format. */
export interface ActionRow {
  id: string;
  what: string;
  /** Names of the participants who own it. */
  owners: string[];
  who: string;
  /**
   * The action's own organisation; when it has none (files from before it defaulted from the
   * owner), its owners' organisations, each once.
   */
  organisations: string[];
  organisation: string;
  due: Due;
  /** yyyy-mm-dd, or null for "next meeting" and for no date. */
  dueDate: string | null;
  dueText: string;
  status: ActionStatus;
  statusText: string;
  pointId: string | null;
  pointNumber: number | null;
  pointTitle: string;
  /** "2. Udskrivelse" (the point's number and title), '' for none. */
  pointText: string;
  trial: boolean;
  trialText: string;
  evaluationDate: string | null;
  evaluationText: string;
  followUp: string;
  /** The action's status (and note) per meeting of its series, '' outside a series. */
  historyText: string;
  source: string;
  gaps: ActionGaps;
  /** What the action still lacks, in words ('' when nothing). */
  notes: string;
}

/** A break in the programme is not an "Ad" of the minutes. */
export function isBreak(point: AgendaPoint): boolean {
  return point.kind === 'break';
}

/** "Ad" numbers of the agenda's items, 1-based, breaks left out. */
export function pointNumbers(agenda: readonly AgendaPoint[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const point of agenda) if (!isBreak(point)) numbers.set(point.id, numbers.size + 1);
  return numbers;
}

/**
 * What makes two spellings of an organisation the same one: case, runs of spaces, and spaces
 * around a slash do not count ("Sekretariatet / Koordinationsgruppen" = "sekretariatet/koordinationsgruppen").
 */
export function organisationKey(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim()
    .toLocaleLowerCase('da');
}

/** Each organisation once, trimmed, in its first spelling. */
function unique(values: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const t = v.trim().replace(/\s+/g, ' ');
    const key = organisationKey(t);
    if (t !== '' && !seen.has(key)) {
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}

/**
 * An action's organisation is its own field (which the console fills in from the owner chosen,
 * and the facilitator can change); an action with none falls back on its owners' organisations,
 * so a file from before keeps its grouping.
 */
export function actionOrganisations(
  ownerOrganisation: string,
  owners: readonly Pick<Participant, 'organisation'>[],
): string[] {
  const own = unique([ownerOrganisation]);
  return own.length > 0 ? own : unique(owners.map((p) => p.organisation));
}

/** 0 dated, 1 next meeting, 2 no date: the order of the list. */
function dueRank(due: Due): number {
  if (due === null) return 2;
  return due.kind === 'date' ? 0 : 1;
}

/**
 * The workshop's actions as rows, by due date (then next meeting, then those without a date;
 * ties in agenda order, then in the order they were agreed).
 */
export function actionRows(
  workshop: Workshop,
  strings: ExportStrings,
  language: Language,
  today: string,
): ActionRow[] {
  const people = new Map<string, Participant>(workshop.participants.map((p) => [p.id, p]));
  const numbers = pointNumbers(workshop.agenda);
  const pointIndex = new Map(workshop.agenda.map((p, i) => [p.id, i]));
  const titles = new Map(workshop.agenda.map((p) => [p.id, p.title]));
  const sources = new Map<string, string>([
    ...workshop.clusters.map((c): [string, string] => [c.id, c.name]),
    ...workshop.ideas.map((i): [string, string] => [i.id, i.text]),
  ]);
  const sorted = [...workshop.actions].sort((a, b) => {
    const rank = dueRank(a.due) - dueRank(b.due);
    if (rank !== 0) return rank;
    const ad = a.due?.kind === 'date' ? a.due.date : '';
    const bd = b.due?.kind === 'date' ? b.due.date : '';
    if (ad !== bd) return ad < bd ? -1 : 1;
    const ap = a.pointId === null ? Infinity : (pointIndex.get(a.pointId) ?? Infinity);
    const bp = b.pointId === null ? Infinity : (pointIndex.get(b.pointId) ?? Infinity);
    if (ap !== bp) return ap < bp ? -1 : 1;
    if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return sorted.map((action): ActionRow => {
    const pointNumber = action.pointId === null ? null : (numbers.get(action.pointId) ?? null);
    const pointTitle = action.pointId === null ? '' : (titles.get(action.pointId) ?? '');
    const owners = action.ownerIds.flatMap((id) => {
      const person = people.get(id);
      return person ? [person] : [];
    });
    const organisations = actionOrganisations(action.ownerOrganisation, owners);
    const gaps = actionGaps(action, today);
    const dueDate = action.due?.kind === 'date' ? action.due.date : null;
    const dueText =
      action.due === null
        ? ''
        : action.due.kind === 'date'
          ? shortDate(action.due.date, language)
          : strings.nextMeeting;
    const evaluationDate =
      action.trial && action.evaluationDate !== '' ? action.evaluationDate : null;
    const notes = [
      gaps.noOwner ? strings.gaps.noOwner : '',
      gaps.noDue ? strings.gaps.noDue : '',
      gaps.overdue ? strings.gaps.overdue : '',
    ].filter((n) => n !== '');
    return {
      id: action.id,
      what: action.what,
      owners: owners.map((p) => p.name),
      who: owners.map((p) => p.name).join(', '),
      organisations,
      organisation: organisations.join(', '),
      due: action.due,
      dueDate,
      dueText,
      status: action.status,
      statusText: strings.status[action.status],
      pointId: action.pointId,
      pointNumber,
      pointTitle,
      pointText: pointNumber === null ? pointTitle : `${pointNumber}. ${pointTitle}`,
      trial: action.trial,
      trialText: action.trial ? strings.yes : strings.no,
      evaluationDate,
      evaluationText: evaluationDate === null ? '' : shortDate(evaluationDate, language),
      followUp: action.followUp,
      historyText: action.history
        .map((h) => {
          const entry = strings.historyEntry(h.meeting, strings.status[h.status]);
          return h.note === '' ? entry : `${entry} (${h.note})`;
        })
        .join(' · '),
      source: action.sourceId === null ? '' : (sources.get(action.sourceId) ?? ''),
      gaps,
      notes: notes.join('; '),
    };
  });
}

export interface OrganisationGroup {
  organisation: string;
  actions: ActionRow[];
}

/**
 * The list split by organisation, so each leader leaves with their own: an action owned across
 * organisations is in each of theirs; actions with none come last, under "no organisation".
 * Organisations in the order of the participant list, then any others as they first appear;
 * spellings that differ only in case or spaces are one organisation, named as first spelt.
 */
export function byOrganisation(
  rows: readonly ActionRow[],
  participants: readonly Participant[],
  noOrganisation: string,
): OrganisationGroup[] {
  const order = unique([
    ...participants.map((p) => p.organisation),
    ...rows.flatMap((r) => r.organisations),
  ]);
  const groups: OrganisationGroup[] = order
    .map((organisation) => ({
      organisation,
      actions: rows.filter((r) =>
        r.organisations.some((o) => organisationKey(o) === organisationKey(organisation)),
      ),
    }))
    .filter((g) => g.actions.length > 0);
  const orphans = rows.filter((r) => r.organisations.length === 0);
  if (orphans.length > 0) groups.push({ organisation: noOrganisation, actions: orphans });
  return groups;
}
