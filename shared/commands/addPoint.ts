import { z } from 'zod';
import { assertNewId } from '../model/lookup';
import { AgendaPointSchema, IdSchema } from '../model/workshop';
import { defaultRoomPlan, RoomIdSchema } from '../rooms';
import { newTimer } from '../timer';
import { defineCommand } from './defineCommand';

/** A common dot-voting default: about a third of a typical shortlist. */
export const DEFAULT_DOTS_PER_PERSON = 3;

export const addPoint = defineCommand(
  'agenda.add',
  {
    point: AgendaPointSchema.pick({
      title: true,
      purpose: true,
      plannedMinutes: true,
      presenter: true,
    }).extend({ id: IdSchema, roomPlan: z.array(RoomIdSchema).min(1).max(12).optional() }),
    /** Where to insert; the end when left out. */
    index: z.number().int().min(0).optional(),
  },
  (draft, { point, index }) => {
    assertNewId(draft.agenda, point.id);
    const at = Math.min(index ?? draft.agenda.length, draft.agenda.length);
    draft.agenda.splice(at, 0, {
      id: point.id,
      title: point.title,
      purpose: point.purpose,
      plannedMinutes: point.plannedMinutes,
      presenter: point.presenter,
      roomPlan: point.roomPlan ?? defaultRoomPlan(point.purpose),
      status: 'pending',
      roomIndex: null,
      timer: newTimer(point.plannedMinutes * 60_000),
      visits: [],
      problem: '',
      citizenPerspective: '',
      questions: [],
      turns: null,
      dotsPerPerson: DEFAULT_DOTS_PER_PERSON,
      positions: [],
      conclusions: [],
    });
  },
);
