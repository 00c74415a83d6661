import { describe, expect, it } from 'vitest';
import { EMPTY_ACTION, isEmptyAction, parseActionDraft } from '../logic/actionDraft';
import { draftKey, readDraft, writeDraft } from './storedDraft';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}
const asText = (raw: unknown) => (typeof raw === 'string' ? raw : null);

describe('stored drafts', () => {
  it('are kept per form, workshop and point', () => {
    expect(draftKey('idea', 'w1', 'p1')).not.toBe(draftKey('idea', 'w1', 'p2'));
    expect(draftKey('idea', 'w1', 'p1')).not.toBe(draftKey('action', 'w1', 'p1'));
    expect(draftKey('idea', 'w1', 'p1')).not.toBe(draftKey('idea', 'w2', 'p1'));
  });

  it('come back as written, and are gone once empty', () => {
    const storage = memoryStorage();
    const key = draftKey('idea', 'w1', 'p1');
    writeDraft(storage, key, 'Fælles tavle på', false);
    expect(readDraft(storage, key, asText)).toBe('Fælles tavle på');
    writeDraft(storage, key, '', true);
    expect(storage.items.size).toBe(0);
    expect(readDraft(storage, key, asText)).toBeNull();
  });

  it('read as nothing when unreadable or of the wrong kind', () => {
    const storage = memoryStorage();
    storage.setItem('a', '{not json');
    storage.setItem('b', '42');
    expect(readDraft(storage, 'a', asText)).toBeNull();
    expect(readDraft(storage, 'b', asText)).toBeNull();
    expect(readDraft(undefined, 'a', asText)).toBeNull();
  });

  it('survive a storage that refuses to write', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeDraft(full, 'k', 'x', false)).not.toThrow();
  });
});

describe('action drafts', () => {
  it('round-trip through JSON; wrong types fall back to empty', () => {
    const draft = {
      ...EMPTY_ACTION,
      what: 'Ring til hjemmeplejen',
      ownerIds: ['anne'],
      trial: true,
    };
    expect(parseActionDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    expect(parseActionDraft({ what: 7, ownerIds: ['a', 3], trial: 'yes' })).toEqual({
      ...EMPTY_ACTION,
      ownerIds: ['a'],
    });
    expect(parseActionDraft('x')).toBeNull();
  });

  it('is empty until something is typed or picked', () => {
    expect(isEmptyAction(EMPTY_ACTION)).toBe(true);
    expect(isEmptyAction({ ...EMPTY_ACTION, nextMeeting: true })).toBe(false);
  });
});
