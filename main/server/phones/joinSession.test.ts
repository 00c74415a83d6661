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

  it('gives each join its own token and lists phones without tokens', () => {
    const session = new JoinSession();
    session.open();
    const a = session.join('p1');
    const b = session.join('p1');
    expect(a.token).not.toBe(b.token);
    a.connections = 1;
    const state = session.state('http://x/join', new Map([['p1', 'Anne']]), null);
    expect(state.phones).toEqual([
      { phoneId: a.phoneId, participantId: 'p1', name: 'Anne', connected: true },
      { phoneId: b.phoneId, participantId: 'p1', name: 'Anne', connected: false },
    ]);
    expect(JSON.stringify(state)).not.toContain(a.token);
  });

  it('removes a phone for good and remembers that it was removed', () => {
    const session = new JoinSession();
    session.open();
    const a = session.join('p1');
    expect(session.remove(a.phoneId)).toBe(a);
    expect(session.byToken(a.token)).toBeNull();
    expect(session.wasRemoved(a.token)).toBe(true);
    expect(session.remove(a.phoneId)).toBeNull();
  });
});
