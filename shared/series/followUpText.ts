import type { Language } from '../settings';

/**
 * The follow-up point's words, in the workshop's language. They become data in the new
 * workshop (a title the facilitator may edit), so they live here and not in the renderer's i18n.
 */
export interface FollowUpText {
  title: string;
  description: (previousMeeting: number, count: number) => string;
}

export const FOLLOW_UP_TEXT: Readonly<Record<Language, FollowUpText>> = {
  da: {
    title: 'Opfølgning på handlinger',
    description: (n, count) =>
      count === 1
        ? `Den åbne handling fra møde ${n}: status og en note.`
        : `De ${count} åbne handlinger fra møde ${n}: status og en note for hver.`,
  },
  en: {
    title: 'Follow-up on actions',
    description: (n, count) =>
      count === 1
        ? `The open action from meeting ${n}: its status and a note.`
        : `The ${count} open actions from meeting ${n}: the status and a note for each.`,
  },
};
