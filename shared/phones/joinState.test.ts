import { describe, expect, it } from 'vitest';
import { applyJoinState, diffPhones } from './joinState';
import type { JoinPhone, JoinStateWhole } from './protocol';

const phone = (phoneId: string, connected = true): JoinPhone => ({
  phoneId,
  participantId: `p-${phoneId}`,
  name: phoneId,
  connected,
  asksToReplace: null,
});
const head = { open: true, code: 'ABCDEF', url: 'http://x/join', locked: false, problem: null };
const whole = (rev: number, phones: JoinPhone[]): JoinStateWhole => ({
  ...head,
  phonesRevision: rev,
  phones,
});

describe('join state changes', () => {
  it('replaces on a whole state, and applies changes that follow on in order', () => {
    const held = whole(3, [phone('a'), phone('b')]);
    expect(applyJoinState(null, held)).toBe(held);
    const next = applyJoinState(held, {
      ...head,
      locked: true,
      phonesRevision: 4,
      changes: { from: 3, upsert: [phone('b', false), phone('c')], remove: ['a'] },
    });
    expect(next).toEqual({ ...whole(4, [phone('b', false), phone('c')]), locked: true });
  });

  it('asks for the whole state when a change was missed or nothing is held', () => {
    const change = { from: 5, upsert: [phone('c')], remove: [] };
    expect(applyJoinState(whole(3, []), { ...head, phonesRevision: 6, changes: change })).toBe(
      null,
    );
    expect(applyJoinState(null, { ...head, phonesRevision: 6, changes: change })).toBe(null);
  });

  it('diffs a list into the entries that changed and the ids that went', () => {
    const first = diffPhones(new Map(), [phone('a'), phone('b')])!;
    expect(first.upsert.map((p) => p.phoneId)).toEqual(['a', 'b']);
    expect(diffPhones(first.texts, [phone('a'), phone('b')])).toBeNull();
    const second = diffPhones(first.texts, [phone('b', false)])!;
    expect(second.upsert).toEqual([phone('b', false)]);
    expect(second.remove).toEqual(['a']);
  });
});
