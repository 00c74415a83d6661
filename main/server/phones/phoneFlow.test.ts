import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostEvent } from '../../../shared/api';
import {
  developingMeeting,
  heldJoinState,
  joinAs,
  PhoneClient,
  startPhonesFixture,
  type PhonesFixture,
} from './phoneTestSupport';

let f: PhonesFixture;

beforeEach(async () => {
  f = await startPhonesFixture();
  await f.dispatch({ type: 'workshop.update', title: 'Dialogmøde' }, ...developingMeeting());
});

afterEach(async () => {
  await f.done();
});

const ideas = async () => (await f.host.handlers.getState(undefined)).workshop.ideas;

describe('phones in the meeting', () => {
  it('lists the names, joins, and gets the view at once', async () => {
    const { origin, code } = await f.open();
    const phone = await PhoneClient.connect(origin, { code });
    const names = await phone.request('listNames');
    expect(names).toMatchObject({ ok: true, result: { workshopTitle: 'Dialogmøde' } });
    expect((names as { result: { names: unknown[] } }).result.names).toHaveLength(3);
    const joined = await phone.request('join', { participantId: 'p2' });
    expect(joined).toMatchObject({ ok: true, result: { participantId: 'p2' } });
    await phone.until(() => phone.lastView() !== undefined);
    expect(phone.lastView()).toMatchObject({
      me: { id: 'p2', name: 'Navn p2' },
      locked: false,
      point: { id: 'pt1', room: 'developing', turns: { holderId: 'p1' } },
      form: null,
    });
    expect((await phone.request('join', { participantId: 'nobody' })).ok).toBe(false);
  });

  it('takes an idea in turn, refuses one out of turn, and the console sees it like any other', async () => {
    const { origin, code } = await f.open();
    const anne = await joinAs(origin, code, 'p1');
    const bo = await joinAs(origin, code, 'p2');
    const early = await bo.phone.request('addIdea', { id: 'bo-1', text: 'For tidligt' });
    expect(early).toMatchObject({ ok: false, error: { code: 'not-your-turn' } });
    const before = f.console.events().length;
    const ok = await anne.phone.request('addIdea', { id: 'anne-1', text: 'Fælles tjekliste' });
    expect(ok).toEqual({ ok: true, result: { ideaId: 'anne-1' } });
    expect(await ideas()).toEqual([
      expect.objectContaining({
        id: 'anne-1',
        authorId: 'p1',
        pointId: 'pt1',
        text: 'Fælles tjekliste',
      }),
    ]);
    await f.console.until(() =>
      f.console
        .events()
        .slice(before)
        .some((e: HostEvent) => e.type === 'patches'),
    );
    // The turn passed on: now Bo may.
    expect(await bo.phone.request('addIdea', { id: 'bo-1', text: 'Nu' })).toMatchObject({
      ok: true,
    });
    await bo.phone.until(() => bo.phone.lastView()?.point?.ideas.length === 2);
    expect(bo.phone.lastView()!.point!.ideas.map((i) => [i.id, i.mine])).toEqual([
      ['anne-1', false],
      ['bo-1', true],
    ]);
  });

  it('acknowledges a resent idea without adding it twice', async () => {
    const { origin, code } = await f.open();
    const anne = await joinAs(origin, code, 'p1');
    const first = await anne.phone.request('addIdea', { id: 'anne-1', text: 'Tjekliste' });
    const again = await anne.phone.request('addIdea', { id: 'anne-1', text: 'Tjekliste' });
    expect(first).toEqual({ ok: true, result: { ideaId: 'anne-1' } });
    expect(again).toEqual(first);
    expect(await ideas()).toHaveLength(1);
  });

  it('gives a phone that reconnects with its token the current view at once, and keeps its ideas', async () => {
    const { origin, code } = await f.open();
    const anne = await joinAs(origin, code, 'p1');
    await anne.phone.request('addIdea', { id: 'anne-1', text: 'Tjekliste' });
    anne.phone.ws.terminate(); // Wi-Fi drops
    await anne.phone.closed;
    const back = await PhoneClient.connect(origin, { token: anne.token });
    await back.until(() => back.lastView() !== undefined, 2000);
    expect(back.lastView()!.point!.ideas).toEqual([
      { id: 'anne-1', text: 'Tjekliste', authorName: 'Navn p1', mine: true },
    ]);
    // The resend after reconnecting is acknowledged, not duplicated.
    expect(await back.request('addIdea', { id: 'anne-1', text: 'Tjekliste' })).toMatchObject({
      ok: true,
    });
    expect(await ideas()).toHaveLength(1);
  });

  it('locks input for every phone and says so in their views', async () => {
    const { origin, code } = await f.open();
    const anne = await joinAs(origin, code, 'p1');
    await f.console.request('setInputLocked', { locked: true });
    await anne.phone.until(() => anne.phone.lastView()?.locked === true);
    expect(await anne.phone.request('addIdea', { id: 'a', text: 'Nej' })).toMatchObject({
      ok: false,
      error: { code: 'input-locked' },
    });
    await f.console.request('setInputLocked', { locked: false });
    await anne.phone.until(() => anne.phone.lastView()?.locked === false);
    expect(await anne.phone.request('addIdea', { id: 'a', text: 'Ja' })).toMatchObject({
      ok: true,
    });
  });

  it('spends dots in the negotiating room and shows counts only once revealed', async () => {
    const { origin, code } = await f.open();
    const anne = await joinAs(origin, code, 'p1');
    await anne.phone.request('addIdea', { id: 'i1', text: 'Tjekliste' });
    await f.dispatch(
      { type: 'point.setDots', id: 'pt1', dotsPerPerson: 1 },
      { type: 'room.goTo', room: 'negotiating' },
    );
    expect(await anne.phone.request('addDot', { id: 'd1', targetId: 'i1' })).toEqual({
      ok: true,
      result: { dotId: 'd1' },
    });
    expect(await anne.phone.request('addDot', { id: 'd2', targetId: 'i1' })).toMatchObject({
      ok: false,
      error: { code: 'no-dots-left' },
    });
    await anne.phone.until(() => anne.phone.lastView()?.point?.dots.mine.length === 1);
    expect(anne.phone.lastView()!.point!.dots.results).toBeNull();
    await f.dispatch({ type: 'dots.reveal', pointId: 'pt1', revealed: true });
    await anne.phone.until(() => anne.phone.lastView()?.point?.dots.results !== null);
    expect(anne.phone.lastView()!.point!.dots.results).toEqual([{ targetId: 'i1', count: 1 }]);
    expect(await anne.phone.request('removeDot', { id: 'd1' })).toEqual({ ok: true, result: {} });
  });

  it('pushes no view when nothing a phone sees has changed', async () => {
    const { origin, code } = await f.open();
    const anne = await joinAs(origin, code, 'p1');
    await anne.phone.until(() => anne.phone.lastView() !== undefined);
    const seen = anne.phone.views().length;
    // A change on another point: nothing of it is on the phone.
    await f.dispatch({
      type: 'agenda.add',
      point: {
        id: 'pt2',
        title: 'Eventuelt',
        purpose: 'orientation',
        plannedMinutes: 5,
        presenter: '',
      },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(anne.phone.views()).toHaveLength(seen);
    await f.dispatch({ type: 'workshop.update', title: 'Nyt navn' });
    await anne.phone.until(() => anne.phone.lastView()?.workshopTitle === 'Nyt navn');
  });

  it('disconnects every phone at once when joining closes, and lists who is connected', async () => {
    const { origin, code } = await f.open();
    const a = await joinAs(origin, code, 'p1');
    const b = await joinAs(origin, code, 'p2');
    await b.phone.until(() => b.phone.lastView() !== undefined);
    expect(heldJoinState(f.console.events())).toMatchObject({
      open: true,
      phones: [
        { name: 'Navn p1', connected: true },
        { name: 'Navn p2', connected: true },
      ],
    });
    await f.console.request('closeJoining');
    await Promise.all([a.phone.closed, b.phone.closed]);
    expect([a.phone.closedReason(), b.phone.closedReason()]).toEqual([
      'joining-closed',
      'joining-closed',
    ]);
    expect(heldJoinState(f.console.events())).toMatchObject({ open: false, phones: [] });
  });

  it('ends the phone of a participant removed from the workshop', async () => {
    const { origin, code } = await f.open();
    const c = await joinAs(origin, code, 'p3');
    await c.phone.until(() => c.phone.lastView() !== undefined);
    await f.dispatch(
      { type: 'turns.change', pointId: 'pt1', order: ['p1', 'p2'] },
      { type: 'participant.remove', id: 'p3' },
    );
    await c.phone.closed;
    expect(c.phone.closedReason()).toBe('removed');
  });

  it('scores the open evaluation once per phone, anonymously', async () => {
    const { origin, code } = await f.open();
    const anne = await joinAs(origin, code, 'p1');
    await f.dispatch({ type: 'evaluation.open', formId: 'pataevaers' });
    await anne.phone.until(() => anne.phone.lastView()?.form != null);
    const form = anne.phone.lastView()!.form!;
    expect(form).toMatchObject({ id: 'pataevaers', kind: 'pataevaers', submitted: false });
    expect(form.items.map((i) => i.id)).toContain('pt9');
    // Scoring is not an idea: the room and the turn do not matter.
    const answers = { pt9: 4, pt10: 5 };
    expect(await anne.phone.request('submitScores', { formId: 'pataevaers', answers })).toEqual({
      ok: true,
      result: {},
    });
    expect(
      await anne.phone.request('submitScores', { formId: 'pataevaers', answers }),
    ).toMatchObject({
      ok: false,
      error: { code: 'already-submitted' },
    });
    expect(
      await anne.phone.request('submitScores', { formId: 'pataevaers', answers: { pt99: 3 } }),
    ).toMatchObject({ ok: false });
    await anne.phone.until(() => anne.phone.lastView()?.form?.submitted === true);
    const { workshop } = await f.host.handlers.getState(undefined);
    const stored = JSON.stringify(workshop.evaluation);
    expect(stored).toContain('"pt9":4');
    expect(stored).not.toContain(anne.token);
    expect(stored).not.toContain('"p1"');
  });
});
