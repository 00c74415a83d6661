import { carryEvaluation } from '../evaluation/stats';
import type { Action } from '../model/actions';
import type { Participant, Workshop } from '../model/workshop';
import { isOpenStatus, recordMeeting } from './actionHistory';

/** What the next meeting of a series takes from the previous one. */
export type CarriedParts = Pick<
  Workshop,
  | 'title'
  | 'startTime'
  | 'place'
  | 'facilitator'
  | 'secretary'
  | 'participants'
  | 'actions'
  | 'evaluation'
>;

export interface CarryContext {
  /** The previous meeting's number in the series. */
  previousNumber: number;
  /** Where carried actions go in the new meeting. */
  followUpPointId: string;
}

/**
 * THE place where the parts carried into the next meeting are assembled: a new carried part is
 * one more line here (plus its field in CarriedParts). Not carried: the date (a new meeting has
 * its own), the agenda (the follow-up point is made by nextMeeting), ideas, clusters, dots,
 * idea-killer flags, and actions that are done or dropped.
 */
export function carryOver(previous: Workshop, ctx: CarryContext): CarriedParts {
  return {
    title: previous.title,
    startTime: previous.startTime,
    place: previous.place,
    facilitator: previous.facilitator,
    secretary: previous.secretary,
    participants: previous.participants.map(carryParticipant),
    actions: previous.actions
      .filter((a) => isOpenStatus(a.status))
      .map((a) => carryAction(a, previous.date, ctx)),
    // Own questions and group pairs again, no responses; this meeting's summary joins the trend.
    evaluation: carryEvaluation(previous),
  };
}

/** Everyone is expected again; who sends regrets is marked anew. */
function carryParticipant(p: Participant): Participant {
  return { ...p, present: true };
}

/**
 * The action moves to the follow-up point with its status, and its history gains the previous
 * meeting's final status (keeping a note made there). Its idea or cluster stays behind, so the
 * link is dropped; owners keep their ids, as the participants are carried with theirs.
 */
function carryAction(a: Action, previousDate: string, ctx: CarryContext): Action {
  return {
    ...a,
    ownerIds: [...a.ownerIds],
    pointId: ctx.followUpPointId,
    sourceId: null,
    history: recordMeeting(a.history, {
      meeting: ctx.previousNumber,
      date: previousDate,
      status: a.status,
    }),
  };
}
