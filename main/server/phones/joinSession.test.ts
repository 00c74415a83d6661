import { describe, expect, it } from 'vitest';
import { JoinCodeSchema, PhoneTokenSchema } from '../../../shared/phones/protocol';
import { JoinSession } from './joinSession';

describe('JoinSession', () => {
  it('gives every opening a fresh code, and closing forgets codes and tokens', () => {
    const session = new JoinSession();
    const first = session.open();
    expect(JoinCodeSchema.parse(first)).toBe(first);
    const phone = session.join('p1');
    expect(PhoneTokenSchema.parse(phone.token)).toBe(phone.token);
    expect(session.codeMatches(first)).toBe(true);
    expect(session.codeMatches(first.toLowerCase())).toBe(true);
    session.close();
    expect(session.codeMatches(first)).toBe(false);
    expect(session.byToken(phone.token)).toBeNull();
    const second = session.open();
    expect(session.codeMatches(first)).toBe(first === second);
    expect(session.codeMatches(second)).toBe(true);
  });

  it('holds one phone per participant; a second phone asks, once at a time', () => {
    const session = new JoinSession();
    session.open();
    const a = session.join('p1');
    expect(session.holder('p1')).toBe(a);
    expect(() => session.join('p1')).toThrow();
    const ask = session.ask('p1')!;
    expect(session.ask('p1')).toBeNull();
    a.connections = 1;
    const entries = session.entries(new Map([['p1', 'Anne']]));
    expect(entries).toEqual([
      {
        phoneId: a.phoneId,
        participantId: 'p1',
        name: 'Anne',
        connected: true,
        asksToReplace: null,
      },
      {
        phoneId: ask.phoneId,
        participantId: 'p1',
        name: 'Anne',
        connected: true,
        asksToReplace: a.phoneId,
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain(a.token);
  });

  it('removes a phone for good and remembers why', () => {
    const session = new JoinSession();
    session.open();
    const a = session.join('p1');
    expect(session.remove(a.phoneId, 'replaced')).toBe(a);
    expect(session.byToken(a.token)).toBeNull();
    expect(session.endedBecause(a.token)).toBe('replaced');
    expect(session.remove(a.phoneId)).toBeNull();
    expect(session.holder('p1')).toBeNull();
  });

  it('prunes phones gone past the grace period, unless someone asks to replace them', () => {
    const session = new JoinSession();
    session.open();
    const a = session.join('p1');
    const b = session.join('p2');
    for (const p of [a, b]) {
      session.connected(p);
      session.disconnected(p, 1000);
    }
    session.ask('p2');
    expect(session.prune(1000 + 119_000, 120_000)).toEqual([]);
    expect(session.prune(1000 + 120_000, 120_000)).toEqual([a]);
    expect(session.byToken(a.token)).toBeNull();
    // Pruned, not ended: the token is simply unknown, and the phone picks its name again.
    expect(session.endedBecause(a.token)).toBeNull();
    expect(session.holder('p2')).toBe(b);
  });
});
