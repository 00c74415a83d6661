// Updates change only what they name: for every update command and every field it can change,
// an edit of that one field leaves the rest of the workshop exactly as it was. Generated over the
// command list and each command's schema, so a new update command or field needs an entry here.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definitions, type CommandType } from './index';
import type { Workshop } from '../model/workshop';
import { updateSchema } from '../model/updateSchema';
import { parseCommand, reduce } from '../reducer';
import { meeting, type CommandInput } from '../testing/commandCases';

type Entity = Record<string, unknown>;

interface UpdateCase {
  /** The entity the command edits, found in any copy of meeting(). */
  entity: (w: Workshop) => Entity;
  command: (field: string, value: unknown) => CommandInput;
  /** A new value for each field, different from meeting()'s. */
  values: Record<string, unknown>;
  /** Fields that follow an edit by design (e.g. the timer follows the planned minutes). */
  follows?: Record<string, string[]>;
}

const byId = (list: readonly { id: string }[], id: string) =>
  list.find((x) => x.id === id) as unknown as Entity;
const changes =
  (type: string, id: string) =>
  (field: string, value: unknown): CommandInput =>
    ({ type, id, changes: { [field]: value } }) as CommandInput;
const flat =
  (type: string, id: string | null) =>
  (field: string, value: unknown): CommandInput =>
    ({ type, ...(id === null ? {} : { id }), [field]: value }) as CommandInput;

const CASES: Partial<Record<CommandType, UpdateCase>> = {
  'workshop.update': {
    entity: (w) => w as unknown as Entity,
    command: flat('workshop.update', null),
    values: {
      title: 'Styregruppen',
      date: '2026-12-01',
      startTime: '09:30',
      place: 'Aalborg',
      facilitator: 'Anne',
      secretary: 'Bo',
    },
  },
  'participant.update': {
    entity: (w) => byId(w.participants, 'p1'),
    command: changes('participant.update', 'p1'),
    values: {
      name: 'Anne H.',
      title: 'Overlæge',
      organisation: 'Region',
      sector: 'region',
      present: false,
    },
  },
  'agenda.update': {
    entity: (w) => byId(w.agenda, 'pt1'),
    command: changes('agenda.update', 'pt1'),
    values: {
      title: 'Ny titel',
      purpose: 'orientation',
      plannedMinutes: 25,
      presenter: 'Bo',
      kind: 'break',
      description: 'Om udskrivelse',
    },
    follows: { plannedMinutes: ['timer'] },
  },
  'point.setClarification': {
    entity: (w) => byId(w.agenda, 'pt1'),
    command: changes('point.setClarification', 'pt1'),
    values: { problem: 'Genindlæggelser', citizenPerspective: 'Tryghed' },
  },
  'idea.update': {
    entity: (w) => byId(w.ideas, 'i1'),
    command: changes('idea.update', 'i1'),
    values: { text: 'Ny tekst', authorId: 'p3' },
  },
  'action.update': {
    entity: (w) => byId(w.actions, 'a1'),
    command: changes('action.update', 'a1'),
    values: {
      what: 'Ring til kommunen',
      ownerIds: ['p2'],
      ownerOrganisation: 'Aalborg Kommune',
      due: { kind: 'next-meeting' },
      followUp: 'På næste møde',
      trial: true,
      evaluationDate: '2027-01-15',
      status: 'in-progress',
    },
  },
  'cluster.update': {
    entity: (w) => byId(w.clusters, 'c1'),
    command: flat('cluster.update', 'c1'),
    values: { name: 'Nyt navn' },
  },
  'conclusion.update': {
    entity: (w) => byId(w.agenda[0]!.conclusions, 'con1'),
    command: flat('conclusion.update', 'con1'),
    values: { text: 'Vi afprøver i et halvt år' },
  },
  'killer.update': {
    entity: (w) => byId(w.killerFlags, 'k1'),
    command: flat('killer.update', 'k1'),
    values: { participantId: 'p2' },
  },
};

/** The fields an update command can change: its `changes`, or its own fields less the controls. */
function editableFields(schema: z.ZodObject): string[] {
  const shape = schema.shape;
  const inner = shape['changes'];
  if (inner instanceof z.ZodObject) return Object.keys(inner.shape);
  return Object.keys(shape).filter((k) => !['type', 'id', 'remove'].includes(k));
}

const updates = definitions.filter(
  (d) => d.type.endsWith('.update') || 'changes' in d.schema.shape,
);

describe('updates change only what they name', () => {
  it('has a case for every update command', () => {
    expect(Object.keys(CASES).sort()).toEqual(updates.map((d) => d.type).sort());
  });

  const fields = updates.flatMap((d) =>
    editableFields(d.schema).map((field) => [d.type, field] as const),
  );

  it.each(fields)('%s with only %s', (type, field) => {
    const c = CASES[type];
    expect(c, `add ${type} to CASES`).toBeDefined();
    if (!c) return;
    expect(Object.keys(c.values), `a new value for ${field}`).toContain(field);
    const value = c.values[field];
    const before = meeting();
    expect(c.entity(before)[field]).not.toEqual(value);

    const after = reduce(before, parseCommand(c.command(field, value)), { now: 5_000 }).state;

    // Expected: the workshop as it was, with just this field (and what follows it) changed.
    const expected = structuredClone(before);
    const entity = c.entity(expected);
    for (const key of [field, ...(c.follows?.[field] ?? [])]) entity[key] = c.entity(after)[key];
    expect(c.entity(after)[field]).toEqual(value);
    expect(after).toEqual(expected);
  });

  it('refuses a field sent as undefined instead of writing it (IPC keeps undefined)', () => {
    const input = { type: 'participant.update', id: 'p1', changes: { name: undefined } };
    expect(() => parseCommand(input)).toThrow(/name/);
  });
});

describe('updateSchema', () => {
  it('leaves out what was left out, where .partial() would fill in the default', () => {
    const schema = z.object({ name: z.string(), sector: z.string().default('other') });
    expect(schema.partial().parse({ name: 'Anne' })).toEqual({ name: 'Anne', sector: 'other' });
    expect(updateSchema(schema).parse({ name: 'Anne' })).toEqual({ name: 'Anne' });
    expect(updateSchema(schema).safeParse({ sector: 3 }).success).toBe(false);
  });
});
