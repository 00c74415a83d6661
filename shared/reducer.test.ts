import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { definitions } from './commands';
import { DomainError } from './errors';
import { WorkshopSchema, type Workshop } from './model/workshop';
import { parseCommand, reduce } from './reducer';
import { cases, meeting, type CommandInput } from './testing/commandCases';

const NOW = 50_000;

function refusal(state: Workshop, input: CommandInput): unknown {
  try {
    reduce(state, parseCommand(input), { now: NOW });
  } catch (error) {
    return error;
  }
  return null;
}

const withCases = Object.entries(cases).flatMap(([type, c]) => (c ? [[type, c] as const] : []));

describe('the reducer, for every command', () => {
  it('has a case for every command type in the list (add one in testing/commandCases.ts)', () => {
    const missing = definitions.map((d) => d.type).filter((type) => !cases[type]);
    expect(missing).toEqual([]);
    expect(Object.keys(cases).length).toBe(definitions.length);
  });

  describe.each(withCases)('%s', (type, c) => {
    it('applies: a valid workshop, patches that replay (through JSON, as the journal does) and undo', () => {
      expect(c.valid.type).toBe(type);
      const before = (c.validIn ?? meeting)();
      const copy = structuredClone(before);
      const { state, patches, inversePatches } = reduce(before, parseCommand(c.valid), {
        now: NOW,
      });
      expect(patches.length).toBeGreaterThan(0);
      expect(WorkshopSchema.safeParse(state).success).toBe(true);
      const journaled = JSON.parse(JSON.stringify(patches)) as typeof patches;
      expect(applyPatches(before, journaled)).toEqual(state);
      expect(applyPatches(state, inversePatches)).toEqual(before);
      expect(before).toEqual(copy);
    });

    it('refuses with a DomainError and leaves the state exactly as it was', () => {
      expect(c.refused.type).toBe(type);
      const before = (c.refusedIn ?? meeting)();
      const copy = structuredClone(before);
      const error = refusal(before, c.refused);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(c.code);
      expect(before).toEqual(copy);
    });
  });
});

describe('parseCommand', () => {
  it.each([
    ['an unknown type', { type: 'agenda.explode' }],
    ['a missing field', { type: 'agenda.remove' }],
    ['an extra field', { type: 'room.next', room: 'acting' }],
    ['a wrong type of value', { type: 'agenda.move', id: 'pt1', toIndex: -1 }],
    ['not an object', 'room.next'],
  ])('refuses %s as invalid-command, saying what is wrong', (_label, input) => {
    const error = (() => {
      try {
        parseCommand(input);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid-command');
    expect((error as DomainError).message.length).toBeGreaterThan(0);
  });

  it('fills in defaults, so a sender may leave them out', () => {
    const command = parseCommand(cases['participant.add']!.valid);
    expect(command).toMatchObject({ participant: { sector: 'other' } });
  });
});
