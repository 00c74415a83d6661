// The host validates each command but not the workshop that results (createHost.ts): it trusts
// the reducer to keep the schema, so that a saved file always reopens. This holds the reducer to
// it: long random sequences of commands (every command's accepted example, with fresh ids and
// with fields swapped for awkward values) and undo/redo, and after every accepted step the whole
// workshop must pass WorkshopSchema unchanged, as opening the file would check it.
import { describe, expect, it } from 'vitest';
import { emptyHistory, record, redo, undo, type History } from '../../shared/history';
import { DomainError } from '../../shared/errors';
import { WorkshopSchema, type Workshop } from '../../shared/model/workshop';
import { parseCommand, reduce } from '../../shared/reducer';
import { cases, meeting, type CommandInput } from '../../shared/testing/commandCases';

/** mulberry32: a small seeded generator, so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const examples: CommandInput[] = Object.values(cases).flatMap((c) => (c ? [c.valid] : []));

/** Ids that exist in the meeting fixture or in what the walk adds, and values schemas dislike. */
const AWKWARD: unknown[] = [
  '',
  ' ',
  '   padded   ',
  'x'.repeat(600),
  'æøå ÆØÅ',
  -1,
  0,
  1.5,
  1e12,
  null,
  true,
  [],
  'p1',
  'p2',
  'pt1',
  'pt2',
  'i1',
  'i2',
  'c1',
  'a1',
  'nope',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function leaves(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'type' ? [] : leaves(v, [...at, k])));
  }
  return at.length > 0 ? [at] : [];
}

function setAt(value: Json, at: (string | number)[], next: unknown): void {
  let node = value as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at.at(-1)!] = next;
}

function randomCommand(next: () => number, fresh: () => string, state: Workshop): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const command = structuredClone(pick(examples)) as Json;
  for (const at of leaves(command)) {
    const key = at.at(-1);
    // New ids, so adding works again and again; sometimes an id the workshop already has.
    if (key === 'id' && next() < 0.7) setAt(command, at, fresh());
    else if (typeof key === 'string' && /Id$/.test(key) && next() < 0.3) {
      const known = [...state.ideas, ...state.agenda, ...state.participants, ...state.clusters];
      if (known.length > 0) setAt(command, at, pick(known).id);
    }
  }
  const all = leaves(command);
  if (all.length > 0 && next() < 0.35) setAt(command, pick(all), pick(AWKWARD));
  return command;
}

interface Walk {
  accepted: number;
  types: Set<string>;
}

function walk(seed: number, steps: number): Walk {
  const next = random(seed);
  let n = 0;
  const fresh = () => `r${seed}x${n++}`;
  let state = meeting();
  let history: History = emptyHistory;
  const result: Walk = { accepted: 0, types: new Set() };
  for (let step = 0; step < steps; step++) {
    const now = 2_000_000 + step * 1_000;
    const roll = next();
    let label: string;
    try {
      if (roll < 0.08) {
        ({ state, history } = undo(state, history));
        label = 'undo';
      } else if (roll < 0.12) {
        ({ state, history } = redo(state, history));
        label = 'redo';
      } else {
        const command = parseCommand(randomCommand(next, fresh, state));
        const applied = reduce(state, command, { now });
        history = record(history, { label: command.type, ...applied });
        state = applied.state;
        label = command.type;
      }
    } catch (error) {
      // Refused (invalid input or a domain rule): the state stays as it was.
      if (!(error instanceof DomainError)) throw error;
      continue;
    }
    result.accepted++;
    result.types.add(label);
    const parsed = WorkshopSchema.safeParse(state);
    if (!parsed.success) {
      throw new Error(`seed ${seed}, step ${step} (${label}): ${parsed.error.message}`);
    }
    // What the file would reopen as is what the host holds.
    expect(parsed.data, `seed ${seed}, step ${step} (${label})`).toEqual(state);
  }
  return result;
}

describe('the reducer the host trusts', () => {
  it.each([1, 2, 3])('keeps the workshop schema-valid over random commands (seed %i)', (seed) => {
    const { accepted, types } = walk(seed, 1_500);
    // Not a vacuous walk: many steps are accepted, over most kinds of command.
    expect(accepted).toBeGreaterThan(300);
    expect(types.size).toBeGreaterThan(examples.length / 2);
  });
});
