/**
 * Test data for the property test (reducer.property.test.ts): values at and around every limit
 * the schemas declare, read from the schemas themselves (as JSON Schema), so a new or changed
 * limit is driven without editing this file. Used only by tests.
 */
import { z } from 'zod';
import { CommandSchema } from '../commands';
import { WorkshopSchema } from '../model/workshop';

interface Bounds {
  maxLength: Set<number>;
  maximum: Set<number>;
  minimum: Set<number>;
  maxItems: Set<number>;
}

function collect(node: unknown, into: Bounds): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'number' && key in into && Number.isSafeInteger(value)) {
      into[key as keyof Bounds].add(value);
    } else {
      collect(value, into);
    }
  }
}

const bounds: Bounds = {
  maxLength: new Set(),
  maximum: new Set(),
  minimum: new Set(),
  maxItems: new Set(),
};
for (const schema of [WorkshopSchema, CommandSchema]) {
  collect(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), bounds);
}

const around = (values: Iterable<number>) => [...values].flatMap((v) => [v - 1, v, v + 1]);

/** Every text length limit, e.g. 120, 200, 500, 4000. */
export const TEXT_LIMITS = [...bounds.maxLength].sort((a, b) => a - b);

/** Texts at, just past and (padded, so trimmed back to) each length limit, and a few odd ones. */
export const TEXTS: readonly string[] = [
  '',
  ' ',
  'x',
  'æøå ÆØÅ',
  '\u200B',
  'e\u0301',
  ...TEXT_LIMITS.flatMap((n) => ['x'.repeat(n), 'y'.repeat(n + 1), ` ${'z'.repeat(n)} `]),
];

/** Numbers at and around every minimum and maximum, and some that are not integers. */
export const NUMBERS: readonly number[] = [
  ...new Set([
    ...around(bounds.maximum),
    ...around(bounds.minimum),
    0,
    -1,
    1.5,
    2.5,
    1e12,
    Number.NaN,
  ]),
].filter((n) => Math.abs(n) < Number.MAX_SAFE_INTEGER);

/** Array lengths at and around each payload limit (up to 500; larger ones are grown by steps). */
export const COUNTS: readonly number[] = [
  ...new Set([0, 1, 2, ...around([...bounds.maxItems].filter((n) => n <= 500))]),
].filter((n) => n >= 0);

/**
 * The random choices of one walk: fast-check's values first, then (a long walk may use more)
 * a small generator seeded from them, so a walk replays from fast-check's seed alone.
 */
export class Dice {
  private at = 0;
  private state: number;
  constructor(private readonly values: readonly number[]) {
    this.state = values.reduce((h, v) => Math.imul(h ^ v, 0x9e3779b1) >>> 0, 0x2545f491);
  }

  /** 0 … n − 1 */
  int(n: number): number {
    const v = this.values[this.at++] ?? this.next();
    return n <= 1 ? 0 : v % n;
  }

  /** mulberry32 */
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  chance(p: number): boolean {
    return this.int(10_000) < p * 10_000;
  }

  pick<T>(items: readonly T[]): T | undefined {
    return items[this.int(items.length)];
  }

  text(): string {
    return this.pick(TEXTS) ?? '';
  }

  /** A text of at most `max` characters, often right at it. */
  textUpTo(max: number): string {
    return this.chance(0.5) ? 'w'.repeat(max) : this.pick(['Ord', ` ${'v'.repeat(max)} `])!;
  }
}
