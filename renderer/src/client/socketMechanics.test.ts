import { describe, expect, it } from 'vitest';
import { Backoff, Replies } from './socketMechanics';

describe('Replies', () => {
  it('hands each reply to its own request, once', () => {
    const replies = new Replies<string>();
    const got: string[] = [];
    const a = replies.add((r) => got.push(`a:${r}`));
    const b = replies.add((r) => got.push(`b:${r}`));
    expect(b).toBe(a + 1);
    expect(replies.settle(b, 'ok')).toBe(true);
    expect(replies.settle(b, 'again')).toBe(false);
    expect(replies.settle(a, 'ok')).toBe(true);
    expect(got).toEqual(['b:ok', 'a:ok']);
  });

  it('drops every waiting request when the socket goes', () => {
    const replies = new Replies<string>();
    replies.add(() => undefined);
    const id = replies.add(() => undefined);
    expect(replies.dropAll()).toHaveLength(2);
    expect(replies.settle(id, 'late')).toBe(false);
  });
});

describe('Backoff', () => {
  it('doubles up to its ceiling and starts again after a reset', () => {
    const backoff = new Backoff(250, 1000);
    expect([backoff.next(), backoff.next(), backoff.next(), backoff.next()]).toEqual([
      250, 500, 1000, 1000,
    ]);
    backoff.reset();
    expect(backoff.next()).toBe(250);
  });
});
