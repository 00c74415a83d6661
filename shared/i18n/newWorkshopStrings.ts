import type { Language } from '../languages';

/**
 * The words the host writes into a new workshop or its file name: the next meeting in a series
 * (shared/series), a workshop made from a programme (main/cli/programmeCommand.ts). They become
 * the user's data (a title the facilitator may edit), in the language chosen when it is made.
 */
export interface NewWorkshopStrings {
  /** The next meeting's one agenda point: the follow-up on the open actions. */
  followUpTitle: string;
  followUpDescription: (previousMeeting: number, count: number) => string;
  /** The next meeting's file name: "<title> – møde 2". */
  meetingInFileName: string;
  /** A gap between a programme's items, made a break. */
  programmeGapTitle: string;
}

export const NEW_WORKSHOP_STRINGS: Readonly<Record<Language, NewWorkshopStrings>> = {
  da: {
    followUpTitle: 'Opfølgning på handlinger',
    followUpDescription: (n, count) =>
      count === 1
        ? `Den åbne handling fra møde ${n}: status og en note.`
        : `De ${count} åbne handlinger fra møde ${n}: status og en note for hver.`,
    meetingInFileName: 'møde',
    programmeGapTitle: 'Pause',
  },
  en: {
    followUpTitle: 'Follow-up on actions',
    followUpDescription: (n, count) =>
      count === 1
        ? `The open action from meeting ${n}: its status and a note.`
        : `The ${count} open actions from meeting ${n}: the status and a note for each.`,
    meetingInFileName: 'meeting',
    programmeGapTitle: 'Break',
  },
};
