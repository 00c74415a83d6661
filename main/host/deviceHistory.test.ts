import fs from 'node:fs';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import type { HostEvent, HostHandlers } from '../../shared/api';
import type { Command } from '../../shared/commands';
import type { Workshop } from '../../shared/model/workshop';
import { parseCommand } from '../../shared/reducer';
import type { DeviceIdentity } from '../../shared/team/roles';
import { corpusMeeting } from '../../test/fixtures/corpusContent';
import { CONCLUSIONS, LONG_TEXTS, TYPICAL_TEXTS } from '../../test/fixtures/corpus/sentences';
import { useTempDirs } from '../platform/testing/tempDirs';
import { fakeClock, hostHarness } from './testing/hostHarness';

const tempDir = useTempDirs();

const meeting = corpusMeeting({ ideas: 3, conclusions: 2, actions: 2, participants: 6 });
const POINT = meeting.workPointId;
const K1 = `${POINT}-k1`;
const REFERENT: DeviceIdentity = {
  deviceId: 'dev-ref-Xq81',
  role: 'referent',
  name: 'Hanne Linnemann',
};

const addIdea = (id: string, text: string): Command =>
  parseCommand({ type: 'idea.add', id, pointId: POINT, text });
const addAction = (id: string, what: string): Command =>
  parseCommand({ type: 'action.add', action: { id, what, pointId: POINT } });
const setConclusion = (text: string): Command =>
  parseCommand({ type: 'conclusion.update', id: K1, text });

const ideaTexts = (w: Workshop) => w.ideas.filter((i) => i.pointId === POINT).map((i) => i.text);
const actionTexts = (w: Workshop) => w.actions.map((a) => a.what);
const conclusion = (w: Workshop) =>
  w.agenda.flatMap((p) => p.conclusions).find((c) => c.id === K1)?.text;
const patchEvents = (events: HostEvent[]) =>
  events.flatMap((e) => (e.type === 'patches' ? [e] : []));

/** A host holding the director forum's meeting, typed in on the facilitator's laptop. */
async function forum() {
  const { host, events } = await hostHarness(tempDir(), fakeClock().now).start();
  for (const input of meeting.commands) await host.handlers.dispatch(parseCommand(input));
  events.length = 0;
  const workshop = async () => (await host.handlers.getState(undefined)).workshop;
  return { host, events, workshop, referent: host.handlersFor(REFERENT) };
}

async function undoAll(handlers: HostHandlers): Promise<void> {
  for (;;) {
    try {
      await handlers.undo(undefined);
    } catch {
      return;
    }
  }
}

describe('undo per device on the host', () => {
  it('the referent undoes only the referent’s changes; the facilitator’s stay', async () => {
    const { host, events, workshop, referent } = await forum();
    await referent.dispatch(setConclusion(LONG_TEXTS[5]));
    await host.handlers.dispatch(addIdea('n1', TYPICAL_TEXTS[6]));
    await referent.dispatch(addAction('na1', TYPICAL_TEXTS[11]));

    const [byReferent, byFacilitator] = patchEvents(events);
    expect(byReferent).toMatchObject({ by: { deviceId: REFERENT.deviceId, name: REFERENT.name } });
    expect(byFacilitator).not.toHaveProperty('by');
    expect(host.historyOf(REFERENT.deviceId)).toEqual({ canUndo: true, canRedo: false });

    await referent.undo(undefined); // the action, not the facilitator's later idea
    let now = await workshop();
    expect(actionTexts(now)).not.toContain(TYPICAL_TEXTS[11]);
    expect(ideaTexts(now)).toContain(TYPICAL_TEXTS[6]);
    expect(conclusion(now)).toBe(LONG_TEXTS[5]);
    // The event carries the facilitator's canUndo / canRedo; the team server tells the referent.
    expect(patchEvents(events).at(-1)).toMatchObject({ canUndo: true, canRedo: false });
    expect(host.historyOf(REFERENT.deviceId)).toEqual({ canUndo: true, canRedo: true });

    await host.handlers.undo(undefined); // the facilitator's idea; the referent's conclusion stays
    now = await workshop();
    expect(ideaTexts(now)).not.toContain(TYPICAL_TEXTS[6]);
    expect(conclusion(now)).toBe(LONG_TEXTS[5]);

    await referent.redo(undefined);
    expect(actionTexts(await workshop())).toContain(TYPICAL_TEXTS[11]);
    await host.close();
  });

  it('the facilitator undoes an idea beside the referent’s later one: only theirs goes, on every screen', async () => {
    const { host, events, workshop, referent } = await forum();
    await host.handlers.dispatch(addIdea('n1', TYPICAL_TEXTS[3]));
    await referent.dispatch(addIdea('n2', LONG_TEXTS[12]));
    const before = await workshop();

    await host.handlers.undo(undefined);
    const now = await workshop();
    expect(ideaTexts(now).slice(-2)).toEqual([ideaTexts(before).at(-3), LONG_TEXTS[12]]);
    expect(ideaTexts(now)).not.toContain(TYPICAL_TEXTS[3]);
    // A screen that applies the broadcast patches shows what the host holds.
    const sent = patchEvents(events).at(-1)!;
    expect(applyPatches(before, sent.patches)).toEqual(now);
    expect(host.historyOf(REFERENT.deviceId)).toEqual({ canUndo: true, canRedo: false });

    await referent.undo(undefined); // the referent's idea still undoes
    expect(ideaTexts(await workshop())).toEqual(ideaTexts(before).slice(0, -2));
    await host.handlers.redo(undefined); // and the facilitator's comes back
    expect(ideaTexts(await workshop()).at(-1)).toBe(TYPICAL_TEXTS[3]);
    await host.close();
  });

  it('refuses an undo of an idea the referent has reworded since: nothing changes, nothing is journaled', async () => {
    const { host, events, workshop, referent } = await forum();
    await host.handlers.dispatch(setConclusion(CONCLUSIONS[6]));
    await host.handlers.dispatch(addIdea('n1', TYPICAL_TEXTS[3]));
    await referent.dispatch(addIdea('n2', LONG_TEXTS[12]));
    await referent.dispatch(
      parseCommand({ type: 'idea.update', id: 'n1', changes: { text: LONG_TEXTS[4] } }),
    );
    const before = await host.handlers.getState(undefined);
    const journal = fs.readFileSync(`${before.document.path}.journal`, 'utf8');
    const patchCount = patchEvents(events).length;

    await expect(host.handlers.undo(undefined)).rejects.toMatchObject({
      code: 'undo-conflict',
      message: 'Someone else has changed this since; it cannot be undone',
    });
    expect(await host.handlers.getState(undefined)).toEqual(before);
    expect(fs.readFileSync(`${before.document.path}.journal`, 'utf8')).toBe(journal);
    expect(patchEvents(events)).toHaveLength(patchCount); // no screen changes anything

    await host.handlers.undo(undefined); // the next undo reaches the earlier conclusion
    const now = await workshop();
    expect(conclusion(now)).toBe(CONCLUSIONS[0]);
    expect(ideaTexts(now).slice(-2)).toEqual([LONG_TEXTS[4], LONG_TEXTS[12]]);
    await host.close();
  });

  it('a new document clears every device’s history', async () => {
    const { host, referent } = await forum();
    await referent.dispatch(setConclusion(LONG_TEXTS[2]));
    await referent.dispatch(addIdea('n1', TYPICAL_TEXTS[1]));
    await referent.undo(undefined);
    await host.handlers.newDocument(undefined);
    expect(host.historyOf(REFERENT.deviceId)).toEqual({ canUndo: false, canRedo: false });
    await expect(referent.undo(undefined)).rejects.toMatchObject({ code: 'nothing-to-undo' });
    await expect(referent.redo(undefined)).rejects.toMatchObject({ code: 'nothing-to-redo' });
    await host.close();
  });

  it('undoing everything on both devices gives back the meeting as it was', async () => {
    const { host, workshop, referent } = await forum();
    const start = await workshop();
    await referent.dispatch(setConclusion(LONG_TEXTS[2]));
    await host.handlers.dispatch(addAction('na1', TYPICAL_TEXTS[4]));
    await referent.dispatch(addIdea('n1', TYPICAL_TEXTS[7]));
    await undoAll(referent);
    expect(ideaTexts(await workshop())).toEqual(ideaTexts(start));
    expect(actionTexts(await workshop())).toContain(TYPICAL_TEXTS[4]);
    await host.handlers.undo(undefined);
    expect(await workshop()).toEqual(start);
    await host.close();
  });
});
