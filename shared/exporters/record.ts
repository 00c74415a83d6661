import { buildEvaluationRecord, type EvaluationRecord } from '../evaluation/evaluationRecord';
import type { MinutesOptions } from '../model/minutesOptions';
import type { Workshop } from '../model/workshop';
import { actionRows, byOrganisation, type ActionRow, type OrganisationGroup } from './actionRows';
import { exportStrings, type ExportStrings } from '../i18n/exportStrings';
import { longDate } from '../i18n/recordDates';
import type { Language } from '../languages';
import { buildMinutes, type Minutes } from './minutes';

export type { ActionRow, OrganisationGroup } from './actionRows';
export type {
  KillerSummary,
  Minutes,
  MinutesIdea,
  MinutesPoint,
  MinutesPosition,
  TallyLine,
} from './minutes';

export interface RecordOptions {
  language: Language;
  /** yyyy-mm-dd: what "past its date" is measured against. */
  today: string;
  /** Epoch ms: the clock for a point still running. Defaults to the end of `today` (UTC). */
  now?: number;
  /** What the minutes leave in, over the workshop's saved choice (e.g. the CLI's flags). */
  minutesOptions?: Partial<MinutesOptions>;
}

/**
 * What leaders take home (docs/method.md § The minutes; § Trial actions and follow-up between
 * meetings), in words and in one language: the who-does-what-when list, the same list per
 * organisation, and the minutes. Every export format is written from this.
 */
export interface WorkshopRecord {
  language: Language;
  strings: ExportStrings;
  workshopId: string;
  title: string;
  /** yyyy-mm-dd of the meeting, '' when not set. */
  date: string;
  today: string;
  actions: ActionRow[];
  organisations: OrganisationGroup[];
  minutes: Minutes;
  /** "Dannet af Dialogrum 25. november 2026." */
  generatedText: string;
  /**
   * The evaluation of the collaboration; null when nobody scored it. The minutes carry their own
   * (minutes.evaluation), which their options may leave out.
   */
  evaluation: EvaluationRecord | null;
}

/** "Referat: Styregruppen …", or just "Referat" for a workshop without a title. */
export function withTitle(label: string, title: string): string {
  return title.trim() === '' ? label : `${label}: ${title}`;
}

export function buildRecord(workshop: Workshop, options: RecordOptions): WorkshopRecord {
  const { language, today } = options;
  const strings = exportStrings(language);
  const now = options.now ?? Date.parse(`${today}T23:59:59Z`);
  const actions = actionRows(workshop, strings, language, today);
  return {
    language,
    strings,
    workshopId: workshop.id,
    title: workshop.title,
    date: workshop.date,
    today,
    actions,
    organisations: byOrganisation(actions, workshop.participants, strings.noOrganisation),
    minutes: buildMinutes(workshop, actions, strings, language, now, {
      ...workshop.minutesOptions,
      ...options.minutesOptions,
    }),
    generatedText: strings.minutes.generated(longDate(today, language)),
    evaluation: buildEvaluationRecord(workshop, language),
  };
}
