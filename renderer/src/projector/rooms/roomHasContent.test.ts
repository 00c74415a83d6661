import { describe, expect, it } from 'vitest';
import { emptyWorkshop, newAgendaPoint } from '../../../../shared/model/workshop';
import { roomHasContent } from './roomHasContent';

const point = newAgendaPoint({
  id: 'pt1',
  title: 'Udskrivelser',
  purpose: 'decision',
  plannedMinutes: 30,
  presenter: '',
});
const workshop = { ...emptyWorkshop('w'), agenda: [point] };

describe('roomHasContent', () => {
  it('keeps the large room identity while a room has nothing of the point', () => {
    for (const room of ['clarifying', 'developing', 'negotiating', 'acting'] as const) {
      expect(roomHasContent(room, point, workshop), room).toBe(false);
    }
  });

  it('shows content once the room has some for this point, not for another', () => {
    expect(roomHasContent('clarifying', { ...point, problem: 'Hvorfor?' }, workshop)).toBe(true);
    const idea = {
      id: 'i',
      pointId: 'pt1',
      text: 'x',
      authorId: null,
      clusterId: null,
      createdAt: 0,
    };
    expect(roomHasContent('developing', point, { ...workshop, ideas: [idea] })).toBe(true);
    expect(roomHasContent('negotiating', point, { ...workshop, ideas: [idea] })).toBe(true);
    expect(
      roomHasContent('developing', point, { ...workshop, ideas: [{ ...idea, pointId: 'other' }] }),
    ).toBe(false);
    const action = {
      id: 'a',
      pointId: 'pt1',
      what: 'Ring',
      ownerIds: [],
      ownerOrganisation: '',
      due: null,
      followUp: '',
      sourceId: null,
      trial: false,
      evaluationDate: '' as const,
      status: 'open' as const,
      createdAt: 0,
      history: [],
    };
    expect(roomHasContent('acting', point, { ...workshop, actions: [action] })).toBe(true);
  });
});
