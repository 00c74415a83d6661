import { applyPatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { parseCommand, reduce } from '../../../shared/reducer';
import { cases, meeting } from '../../../shared/testing/commandCases';
import '../../../shared/immerPlugins';
import { applyPatchesShallow } from './applyPatches';

/** What the renderer holds: plain JSON, as it arrives over the WebSocket. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('applyPatchesShallow', () => {
  const examples = Object.entries(cases).flatMap(([type, c]) => (c ? [[type, c] as const] : []));

  it.each(examples)('gives what immer gives for %s, and its undo', (_type, c) => {
    const state = plain((c.validIn ?? meeting)());
    const { patches, inversePatches } = reduce(state, parseCommand(c.valid), { now: 5_000 });
    const before = JSON.stringify(state);
    const next = applyPatchesShallow(state, plain(patches));
    expect(next).toEqual(applyPatches(state, patches));
    expect(JSON.stringify(state), 'the base is not modified').toBe(before);
    expect(applyPatchesShallow(next, plain(inversePatches))).toEqual(state);
  });

  it('copies only the patched path: the rest keeps its identity', () => {
    const state = plain(meeting());
    const { patches } = reduce(
      state,
      parseCommand({ type: 'idea.add', id: 'i9', pointId: 'pt1', text: 'Ny idé' }),
      { now: 5_000 },
    );
    const next = applyPatchesShallow(state, plain(patches));
    expect(next.ideas).not.toBe(state.ideas);
    expect(next.ideas.at(-1)?.text).toBe('Ny idé');
    expect(next.ideas[0]).toBe(state.ideas[0]);
    expect(next.participants).toBe(state.participants);
    expect(next.actions).toBe(state.actions);
  });

  it('throws on a patch that does not fit, like immer, so the store fetches the state', () => {
    const state = plain(meeting());
    const bad: Patch[] = [{ op: 'replace', path: ['agenda', 99, 'title'], value: 'x' }];
    expect(() => applyPatchesShallow(state, bad)).toThrow();
    const beyond: Patch[] = [{ op: 'remove', path: ['ideas', 99] }];
    expect(() => applyPatchesShallow(state, beyond)).toThrow();
    const polluting: Patch[] = [{ op: 'add', path: ['__proto__', 'x'], value: 1 }];
    expect(() => applyPatchesShallow(state, polluting)).toThrow();
  });
});
