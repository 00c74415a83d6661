import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { defaultMinutesOptions } from '../model/minutesOptions';
import { WorkshopSchema } from '../model/workshop';
import { parseCommand, reduce } from '../reducer';
import { meeting } from '../testing/commandCases';

const NOW = 5_000;

describe('the minutes options of a workshop', () => {
  it('default to killers counted without names, no authors, dots, all ideas, the evaluation', () => {
    expect(meeting().minutesOptions).toEqual({
      killers: 'counted',
      authors: false,
      dots: true,
      ideas: 'all',
      evaluation: true,
    });
  });

  it('are the defaults for a file saved before they existed, and fill in a missing one', () => {
    const { minutesOptions: _gone, ...old } = meeting();
    expect(WorkshopSchema.parse(old).minutesOptions).toEqual(defaultMinutesOptions());
    const partial = WorkshopSchema.parse({ ...old, minutesOptions: { killers: 'named' } });
    expect(partial.minutesOptions).toEqual({ ...defaultMinutesOptions(), killers: 'named' });
  });
});

describe('minutes.setOptions', () => {
  it('changes only the options it names, and undoes back to what was saved', () => {
    const before = reduce(
      meeting(),
      parseCommand({ type: 'minutes.setOptions', ideas: 'clustered', dots: false }),
      { now: NOW },
    ).state;
    const { state, inversePatches } = reduce(
      before,
      parseCommand({ type: 'minutes.setOptions', killers: 'named' }),
      { now: NOW },
    );
    expect(state.minutesOptions).toEqual({
      killers: 'named',
      authors: false,
      dots: false,
      ideas: 'clustered',
      evaluation: true,
    });
    expect({ ...state, minutesOptions: before.minutesOptions }).toEqual(before);
    expect(applyPatches(state, inversePatches)).toEqual(before);
  });

  it.each([
    ['an unknown killers value', { killers: 'alle-navne' }],
    ['an unknown ideas value', { ideas: 'some' }],
    ['a yes/no option as text', { authors: 'ja' }],
    ['an option that does not exist', { notes: false }],
    ['an option sent as undefined', { dots: undefined }],
  ])('refuses %s', (_what, payload) => {
    expect(() => parseCommand({ type: 'minutes.setOptions', ...payload })).toThrow(DomainError);
  });
});
