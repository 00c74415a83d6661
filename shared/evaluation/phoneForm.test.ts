import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { reduce } from '../reducer';
import { run, runningWorkshop } from '../testing/fixture';
import { openPhoneForm, scoresCommand } from './phoneForm';

describe('the form a phone scores', () => {
  it('is null until the facilitator opens it, then lists questions 9–16 and the own questions', () => {
    const w = run(runningWorkshop(), [
      { type: 'evaluation.addQuestion', question: { id: 'own1', text: 'Borgeren er med' } },
    ]);
    expect(openPhoneForm(w)).toBeNull();
    const form = openPhoneForm(run(w, [{ type: 'evaluation.open', formId: 'pataevaers' }]));
    expect(form?.kind).toBe('pataevaers');
    expect(form?.items.map((i) => i.id)).toEqual([
      'pt9',
      'pt10',
      'pt11',
      'pt12',
      'pt13',
      'pt14',
      'pt15',
      'pt16',
      'own1',
    ]);
    expect(form?.items[0]?.label).toMatch(/^9\. Møderne giver værdi/);
  });

  it('asks the seven dimensions for each pair of groups in a relational round', () => {
    const w = run(runningWorkshop(), [
      { type: 'evaluation.setPairs', pairs: [{ id: 'kh', from: 'Kommune', to: 'Hospital' }] },
      { type: 'evaluation.open', formId: 'relational-after' },
    ]);
    const form = openPhoneForm(w);
    expect(form).toMatchObject({ id: 'relational-after', kind: 'relational' });
    expect(form?.items).toHaveLength(7);
    expect(form?.items[3]).toEqual({
      id: 'kh.prob',
      label: 'Problemløsende kommunikation',
      group: 'Kommune → Hospital',
    });
  });

  it('records an anonymous response, and refuses a closed form or an unknown item', () => {
    const w = run(runningWorkshop(), [{ type: 'evaluation.open', formId: 'pataevaers' }]);
    const command = scoresCommand(w, 'pataevaers', { pt9: 4, pt12: 2 }, 'rnd-1');
    const next = reduce(w, command, { now: 1 }).state;
    expect(next.evaluation.responses).toEqual([
      { id: 'rnd-1', formId: 'pataevaers', scores: { pt9: 4, pt12: 2 } },
    ]);
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isDomainError(e) ? e.code : 'other';
      }
      return 'accepted';
    };
    expect(refusal(() => scoresCommand(w, 'relational-before', { pt9: 4 }, 'r'))).toBe('not-found');
    expect(refusal(() => scoresCommand(w, 'pataevaers', { pt8: 4 }, 'r'))).toBe('not-found');
    expect(refusal(() => scoresCommand(runningWorkshop(), 'pataevaers', { pt9: 4 }, 'r'))).toBe(
      'not-found',
    );
    // The reducer checks again: a phone's response after the form closed is refused.
    const closed = run(w, [{ type: 'evaluation.close' }]);
    expect(refusal(() => reduce(closed, command, { now: 2 }))).toBe('invalid-command');
  });
});
