import { describe, expect, it } from 'vitest';
import { CONCLUSIONS, PEOPLE } from '../../../../test/fixtures/corpus/sentences';
import { conflictAfter, resolveConflict, type FieldConflict } from './fieldConflict';
import type { Author } from './teamActivity';

// Both edit one conclusion: the host has the corpus's decision, each adds a sentence of their own.
const STORED = CONCLUSIONS[6];
const MINE = `${STORED} Formandskabet går på skift mellem region og kommune.`;
const THEIRS = `${STORED} Sekretariatet refererer til Sundhedsstyregruppen.`;
const ANNEMARIE: Author = { kind: 'device', name: PEOPLE[3]!.name };

const change = (draft: string | null, author: Author = ANNEMARIE) => ({
  previous: STORED,
  value: THEIRS,
  draft,
  author,
});

describe('a change arriving under the cursor', () => {
  it('asks, naming who, when the user has an unsent draft that differs', () => {
    expect(conflictAfter(null, change(MINE))).toEqual({ by: ANNEMARIE, theirs: THEIRS });
  });

  it('says the facilitator changed it when the change came without a device', () => {
    expect(conflictAfter(null, change(MINE, { kind: 'facilitator' }))?.by).toEqual({
      kind: 'facilitator',
    });
  });

  it('asks nothing without a draft: the field simply shows the new text', () => {
    expect(conflictAfter(null, change(null))).toBeNull();
  });

  it('asks nothing when the draft already says what arrived (a trailing space is no difference)', () => {
    expect(conflictAfter(null, change(`${THEIRS} `))).toBeNull();
  });

  it('asks nothing about the user’s own change coming back', () => {
    expect(conflictAfter(null, change(MINE, { kind: 'self' }))).toBeNull();
  });

  it('keeps asking while the value stays, and ends when the draft is gone', () => {
    const asked: FieldConflict = { by: ANNEMARIE, theirs: THEIRS };
    const same = { previous: THEIRS, value: THEIRS, author: ANNEMARIE };
    expect(conflictAfter(asked, { ...same, draft: MINE })).toBe(asked);
    expect(conflictAfter(asked, { ...same, draft: null })).toBeNull();
  });

  it('a second change of theirs replaces the text the user is shown', () => {
    const asked: FieldConflict = { by: ANNEMARIE, theirs: THEIRS };
    const again = `${THEIRS} Status gives på næste møde.`;
    const next = conflictAfter(asked, {
      previous: THEIRS,
      value: again,
      draft: MINE,
      author: ANNEMARIE,
    });
    expect(next?.theirs).toBe(again);
  });
});

describe('the user’s choice', () => {
  it('keep mine: the draft stays, and is sent on Enter or blur as any draft is', () => {
    expect(resolveConflict('keep', MINE, true)).toEqual({ draft: MINE, sendNow: false });
  });

  it('keep mine after the cursor has left the field: the draft is sent at once', () => {
    expect(resolveConflict('keep', MINE, false)).toEqual({ draft: MINE, sendNow: true });
  });

  it('take theirs: the draft is dropped, so the field shows their text', () => {
    const { draft } = resolveConflict('take', MINE, true);
    expect(draft ?? THEIRS).toBe(THEIRS);
  });
});
