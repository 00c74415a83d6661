import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/model/workshop';
import { parseCommand, reduce } from '../../../shared/reducer';
import { LONG_TEXTS, TYPICAL_TEXTS } from '../../../test/fixtures/corpus/sentences';
import { applyCommands, workshopCommands } from '../../../test/fixtures/workshops';
import { applyPatchesShallow } from '../client/applyPatches';
import { sameSlice } from './workshopSlice';

const NOW = Date.UTC(2026, 2, 12, 9);

/** A running meeting, as the console holds it. */
const running = applyCommands([
  ...workshopCommands({ points: 20, participants: 12 }),
  { type: 'point.start', id: 'a3' },
]);

/** The console's copy after one command: the host's patches applied as the store applies them. */
function after(state: Workshop, command: unknown): Workshop {
  const { patches } = reduce(state, parseCommand(command), { now: NOW });
  return applyPatchesShallow(state, patches);
}

const details = sameSlice(['title', 'date', 'startTime', 'place', 'facilitator', 'secretary']);
const wall = sameSlice(['ideas', 'agenda', 'participants']);
const agenda = sameSlice(['id', 'agenda', 'startTime', 'activePointId']);

describe('sameSlice: which panels a change renders again', () => {
  const withIdea = after(running, {
    type: 'idea.add',
    id: 'i1',
    pointId: 'a3',
    text: TYPICAL_TEXTS[0],
    authorId: 'p2',
  });

  it('one more idea renders the wall, not the workshop details or the agenda', () => {
    expect(withIdea.ideas).toHaveLength(1);
    expect(details({ workshop: running }, { workshop: withIdea })).toBe(true);
    expect(agenda({ workshop: running }, { workshop: withIdea })).toBe(true);
    expect(wall({ workshop: running }, { workshop: withIdea })).toBe(false);
  });

  it('a new title renders the details again', () => {
    const titled = after(withIdea, { type: 'workshop.update', title: LONG_TEXTS[0]!.slice(0, 80) });
    expect(details({ workshop: withIdea }, { workshop: titled })).toBe(false);
    expect(wall({ workshop: withIdea }, { workshop: titled })).toBe(true);
  });

  it('a moved point renders the agenda again', () => {
    const moved = after(withIdea, { type: 'agenda.move', id: 'a7', toIndex: 0 });
    expect(agenda({ workshop: withIdea }, { workshop: moved })).toBe(false);
  });

  it('another prop that changes renders the panel, even with the same workshop', () => {
    const a = { workshop: withIdea, pointId: 'a3' };
    expect(wall(a, { ...a })).toBe(true);
    expect(wall(a, { ...a, pointId: 'a4' })).toBe(false);
  });
});
