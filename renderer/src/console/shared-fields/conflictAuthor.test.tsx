import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../../shared/commands';
import { FACILITATOR_DEVICE_ID } from '../../../../shared/team/roles';
import { CONCLUSIONS, PEOPLE, TYPICAL_TEXTS } from '../../../../test/fixtures/corpus/sentences';
import { authoredMeeting } from '../../client/authoredMeeting';
import type { WorkshopStore } from '../../client/workshopStore';
import { conflictAfter } from './fieldConflict';
import { fieldPaths } from './fieldPaths';
import { SharedFieldNotice } from './SharedFieldNotice';
import { authorOfField, type FieldPath, type SharedField } from './useSharedField';

// The page's language store needs a browser: the Danish strings are read directly.
vi.mock('../../i18n/i18n', () => import('../../i18n/danishForTests'));

const ANETTE = { deviceId: 'dev-anette', name: PEOPLE[2]!.name }; // the referent
const ANNEMARIE = { deviceId: 'dev-annemarie', name: PEOPLE[3]!.name }; // the co-facilitator
const POINT = 'pt-organisering';
const NOTES = fieldPaths.point(POINT, 'notes');
const CONCLUSION = fieldPaths.conclusion(POINT, 'c1');
const PROBLEM = fieldPaths.point(POINT, 'problem');
const STORED = CONCLUSIONS[6];

const valueAt = (store: WorkshopStore, path: FieldPath): string => {
  let here: unknown = store.getState().snapshot?.workshop;
  for (const step of path) {
    here = Array.isArray(here)
      ? here.find((item: { id?: string }) => item.id === step)
      : (here as Record<string | number, unknown>)[step];
  }
  return String(here);
};

/**
 * What the screen of `ownDeviceId` shows under the field at `path` when the value went from
 * `previous` to what the store has now, with the user's unsent `draft` in it, as useFieldConflict
 * decides it: the conflict bar's line, or null when it asks nothing.
 */
function barUnder(
  store: WorkshopStore,
  path: FieldPath,
  previous: string,
  draft: string,
  ownDeviceId: string,
): string | null {
  const conflict = conflictAfter(null, {
    previous,
    value: valueAt(store, path),
    draft,
    author: authorOfField(store, path, ownDeviceId),
  });
  if (!conflict) return null;
  const field: SharedField = {
    key: path.join(':'),
    others: [],
    conflict,
    hold: true,
    focused: true,
    onFocus: () => undefined,
    onBlur: () => undefined,
    setConflict: () => undefined,
    lastAuthor: () => conflict.by,
  };
  const markup = renderToStaticMarkup(
    <SharedFieldNotice field={field} onKeep={() => undefined} onTake={() => undefined} />,
  );
  return /<p class="field-conflict-line">([^<]*)<\/p>/.exec(markup)?.[1] ?? null;
}

const setNotes = (notes: string): Command => ({ type: 'point.setNotes', id: POINT, notes });
const setConclusion = (text: string): Command => ({ type: 'conclusion.update', id: 'c1', text });

describe('the conflict bar names who changed that very field', () => {
  it('two people change two fields in quick succession: each field names its own author', async () => {
    const { host, store } = await authoredMeeting(POINT);
    // On the facilitator's console both events land before the next paint.
    host.events.emit(host.apply(setConclusion(`${STORED} Status i juni.`), ANNEMARIE));
    host.events.emit(host.apply(setNotes(`- ${TYPICAL_TEXTS[0]}`), ANETTE));
    const own = FACILITATOR_DEVICE_ID;
    expect(barUnder(store, CONCLUSION, STORED, `${STORED} Formandskabet går på skift.`, own)).toBe(
      `${ANNEMARIE.name} ændrede dette`,
    );
    expect(barUnder(store, NOTES, '', `- ${TYPICAL_TEXTS[1]}`, own)).toBe(
      `${ANETTE.name} ændrede dette`,
    );
  });

  it('several events applied at once after a gap: the author of each field is still known', async () => {
    const { host, store } = await authoredMeeting(POINT);
    const conclusion = host.apply(setConclusion(CONCLUSIONS[7]), ANNEMARIE);
    const problem = host.apply({
      type: 'point.setClarification',
      id: POINT,
      changes: { problem: TYPICAL_TEXTS[2] },
    });
    const notes = host.apply(setNotes(`- ${TYPICAL_TEXTS[3]}`), ANNEMARIE);
    // Back on the network: the later events came first and waited for the first one.
    host.events.emit(notes);
    host.events.emit(problem);
    host.events.emit(conclusion);
    expect(
      barUnder(store, CONCLUSION, STORED, `${STORED} Vi startede med KOL.`, ANETTE.deviceId),
    ).toBe(`${ANNEMARIE.name} ændrede dette`);
    expect(barUnder(store, PROBLEM, '', TYPICAL_TEXTS[4], ANETTE.deviceId)).toBe(
      'Facilitatoren ændrede dette',
    );
  });

  it('the facilitator’s change, seen on the referent’s screen, names the facilitator', async () => {
    const { host, store } = await authoredMeeting(POINT);
    host.events.emit(host.apply(setConclusion(CONCLUSIONS[5])));
    // The co-facilitator changes another field right after: the conclusion is still the facilitator's.
    host.events.emit(host.apply(setNotes(TYPICAL_TEXTS[5]), ANNEMARIE));
    expect(
      barUnder(store, CONCLUSION, STORED, `${STORED} Sekretariatet refererer.`, ANETTE.deviceId),
    ).toBe('Facilitatoren ændrede dette');
  });

  it('the referent’s own change coming back asks nothing', async () => {
    const { host, store } = await authoredMeeting(POINT);
    host.events.emit(host.apply(setConclusion(CONCLUSIONS[5]), ANETTE));
    host.events.emit(host.apply(setNotes(TYPICAL_TEXTS[5]), ANNEMARIE));
    expect(
      barUnder(store, CONCLUSION, STORED, `${CONCLUSIONS[5]} Og mere.`, ANETTE.deviceId),
    ).toBeNull();
  });

  it('only a whole new state (a reconnect) leaves the author unknown: “En anden”', async () => {
    const { host, store } = await authoredMeeting(POINT);
    host.apply(setConclusion(CONCLUSIONS[4]), ANNEMARIE); // never delivered as an event
    host.events.emit(host.snapshot());
    expect(
      barUnder(store, CONCLUSION, STORED, `${STORED} Chefgruppen mødes.`, ANETTE.deviceId),
    ).toBe('En anden ændrede dette');
  });
});
