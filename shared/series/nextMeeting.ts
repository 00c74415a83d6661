import { assertWithinLimit, LIMITS } from '../model/limits';
import { emptyWorkshop, newAgendaPoint, type Series, type Workshop } from '../model/workshop';
import { NEW_WORKSHOP_STRINGS } from '../i18n/newWorkshopStrings';
import type { Language } from '../languages';
import { carryOver } from './carryOver';

export interface NextMeetingOptions {
  /** The language of the follow-up point's title and description (the settings' language). */
  language: Language;
  /** A fresh unique id on each call: the new workshop, its follow-up point, a new series. */
  newId: () => string;
}

/** Minutes for the follow-up point: a few per action, within 10 and 60. */
export function followUpMinutes(actionCount: number): number {
  return Math.min(60, Math.max(10, Math.ceil((actionCount * 3) / 5) * 5));
}

/**
 * "Next meeting in this series": the previous workshop's successor
 * (docs/method.md § Trial actions and follow-up between meetings). Pure: the previous workshop is
 * not changed. Same series (a workshop without one starts one, as its meeting 1), number + 1, the
 * previous meeting listed in `meetings`; the carried parts come from carryOver() (carryOver.ts);
 * the agenda is one point, the follow-up on the carried actions.
 */
export function nextMeeting(previous: Workshop, options: NextMeetingOptions): Workshop {
  const series: Series = previous.series ?? {
    id: options.newId(),
    number: 1,
    meetings: [],
    followUpPointId: null,
  };
  // Refused before any id is drawn: a meeting 1000 would not open again.
  assertWithinLimit(series.number, LIMITS.seriesNumber, 'series.number', 'meetings in a series');
  assertWithinLimit(
    series.meetings.length,
    LIMITS.seriesMeetings,
    'series.meetings',
    'earlier meetings in a series',
  );
  const id = options.newId();
  const followUpPointId = options.newId();
  const carried = carryOver(previous, { previousNumber: series.number, followUpPointId });
  const text = NEW_WORKSHOP_STRINGS[options.language];
  const point = newAgendaPoint({
    id: followUpPointId,
    title: text.followUpTitle,
    // Orientation: each owner tells the group where their action stands; in the acting room,
    // where actions live, so new ones can be added there too.
    purpose: 'orientation',
    roomPlan: ['acting'],
    plannedMinutes: followUpMinutes(carried.actions.length),
    presenter: previous.facilitator,
    description: text.followUpDescription(series.number, carried.actions.length),
  });
  return {
    ...emptyWorkshop(id),
    ...carried,
    agenda: [point],
    // The same body's minutes go to the same readers.
    minutesOptions: { ...previous.minutesOptions },
    series: {
      id: series.id,
      number: series.number + 1,
      meetings: [
        ...series.meetings,
        {
          workshopId: previous.id,
          number: series.number,
          title: previous.title,
          date: previous.date,
        },
      ],
      followUpPointId,
    },
  };
}
