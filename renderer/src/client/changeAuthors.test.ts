import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands';
import {
  ACTIONS,
  CONCLUSIONS,
  PEOPLE,
  POINT_TITLES,
  TYPICAL_TEXTS,
} from '../../../test/fixtures/corpus/sentences';
import { fieldPaths } from '../console/shared-fields/fieldPaths';
import type { ChangeBy } from './changeAuthors';
import { authoredMeeting } from './authoredMeeting';

const ANETTE = { deviceId: 'dev-anette', name: PEOPLE[2]!.name }; // the referent
const ANNEMARIE = { deviceId: 'dev-annemarie', name: PEOPLE[3]!.name }; // the co-facilitator
const FACILITATOR: ChangeBy = undefined; // the host leaves `by` out for the facilitator's own

const POINT = 'pt-sundhedsaftale';
const NOTES = fieldPaths.point(POINT, 'notes');
const CONCLUSION = fieldPaths.conclusion(POINT, 'c1');
const PROBLEM = fieldPaths.point(POINT, 'problem');
const ACTION = fieldPaths.actionWhat('a1');

const setNotes = (notes: string): Command => ({ type: 'point.setNotes', id: POINT, notes });
const setConclusion = (text: string): Command => ({ type: 'conclusion.update', id: 'c1', text });

describe('who last changed a field, as the store applies the host’s events', () => {
  it('two people changing two fields in quick succession: each field names its own author', async () => {
    const { host, store } = await authoredMeeting(POINT);
    host.events.emit(host.apply(setNotes(`- ${TYPICAL_TEXTS[0]}`), ANETTE));
    host.events.emit(host.apply(setConclusion(`${CONCLUSIONS[6]} Status i juni.`), ANNEMARIE));
    expect(store.lastChange(NOTES)).toEqual({ by: ANETTE });
    expect(store.lastChange(CONCLUSION)).toEqual({ by: ANNEMARIE });
  });

  it('several events applied at once after a gap: still each field its own author', async () => {
    const { host, store } = await authoredMeeting(POINT);
    const fetched = host.revision;
    const notes = host.apply(setNotes(`- ${TYPICAL_TEXTS[1]}`), ANETTE);
    const conclusion = host.apply(setConclusion(CONCLUSIONS[7]), ANNEMARIE);
    const problem = host.apply(
      { type: 'point.setClarification', id: POINT, changes: { problem: TYPICAL_TEXTS[2] } },
      FACILITATOR,
    );
    // The first event is late: the two after it wait, then all three are applied together.
    host.events.emit(conclusion);
    host.events.emit(problem);
    expect(store.getState().snapshot?.revision).toBe(fetched);
    host.events.emit(notes);
    expect(store.getState().snapshot?.revision).toBe(fetched + 3);
    expect(store.lastChange(NOTES)).toEqual({ by: ANETTE });
    expect(store.lastChange(CONCLUSION)).toEqual({ by: ANNEMARIE });
    expect(store.lastChange(PROBLEM)).toEqual({ by: FACILITATOR });
    expect(store.lastChange(ACTION)).toBeNull(); // unchanged since the state was fetched
  });

  it('a field keeps its author when a point is inserted or an item removed before it', async () => {
    const { host, store } = await authoredMeeting(POINT);
    host.events.emit(host.apply(setConclusion(CONCLUSIONS[5]), ANNEMARIE));
    host.events.emit(
      host.apply({
        type: 'agenda.add',
        index: 0,
        point: {
          id: 'pt-velkomst',
          title: POINT_TITLES.welcome,
          purpose: 'orientation',
          plannedMinutes: 5,
          presenter: '',
        },
      }),
    );
    host.events.emit(host.apply({ type: 'conclusion.update', id: 'c0', remove: true }, ANETTE));
    const point = store.getState().snapshot?.workshop.agenda[1];
    expect(point?.id).toBe(POINT);
    expect(point?.conclusions.map((c) => c.id)).toEqual(['c1']);
    // Both moved the conclusion in its lists; neither changed it.
    expect(store.lastChange(CONCLUSION)).toEqual({ by: ANNEMARIE });
  });

  it('a later change to the same field names its author instead', async () => {
    const { host, store } = await authoredMeeting(POINT);
    host.events.emit(
      host.apply({ type: 'action.update', id: 'a1', changes: { what: ACTIONS[1] } }, ANETTE),
    );
    expect(store.lastChange(ACTION)).toEqual({ by: ANETTE });
    host.events.emit(
      host.apply({ type: 'action.update', id: 'a1', changes: { what: ACTIONS[2] } }),
    );
    expect(store.lastChange(ACTION)).toEqual({ by: FACILITATOR });
  });

  it('after a whole new state nobody in particular changed a field, until it changes again', async () => {
    const { host, store } = await authoredMeeting(POINT);
    host.events.emit(host.apply(setNotes(TYPICAL_TEXTS[3]), ANETTE));
    host.apply(setNotes(TYPICAL_TEXTS[4]), ANNEMARIE); // lost on the way
    host.events.emit(host.snapshot());
    expect(store.getState().snapshot?.workshop.agenda[0]?.notes).toBe(TYPICAL_TEXTS[4]);
    expect(store.lastChange(NOTES)).toBeNull();
    host.events.emit(host.apply(setNotes(TYPICAL_TEXTS[5]), ANNEMARIE));
    expect(store.lastChange(NOTES)).toEqual({ by: ANNEMARIE });
  });
});
