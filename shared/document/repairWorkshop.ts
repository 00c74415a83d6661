import { z } from 'zod';
import { WorkshopSchema, type Workshop } from '../model/workshop';

/**
 * Repairing a workshop that breaks a limit of WorkshopSchema (a hand-edited file, or one written
 * before a limit existed): numbers are clamped or rounded, over-long lists and texts are cut, and
 * everything cut is kept in the change so the user can see it. Anything else is not guessed at.
 */

export type RepairPath = (string | number)[];

export type RepairChange =
  | { kind: 'number'; path: RepairPath; before: number; after: number }
  /** A list cut to `limit` items; `removed` are the items taken off its end. */
  | { kind: 'list'; path: RepairPath; limit: number; removed: unknown[] }
  /** A text cut to `limit` characters; `before` is the whole original text. */
  | { kind: 'text'; path: RepairPath; limit: number; before: string };

export type RepairResult =
  | { ok: true; workshop: Workshop; changes: RepairChange[] }
  /** `problems`: what could not be repaired, readable. */
  | { ok: false; problems: string };

type Issue = z.core.$ZodIssue;
type Container = Record<string | number, unknown>;

const MAX_ROUNDS = 10;

/** Validate `raw` as a workshop, repairing what breaks a limit. Never changes `raw`. */
export function repairWorkshop(raw: unknown): RepairResult {
  let value: unknown = raw;
  const changes: RepairChange[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = WorkshopSchema.safeParse(value);
    if (result.success) return { ok: true, workshop: result.data, changes };
    // A copy to repair; the value came from JSON, so a JSON round trip copies it exactly.
    if (round === 0) value = JSON.parse(JSON.stringify(raw)) as unknown;
    const fixable = result.error.issues.filter(isFixable);
    if (fixable.length < result.error.issues.length) {
      return { ok: false, problems: z.prettifyError(result.error) };
    }
    // Lists first, so an item taken out is kept whole rather than repaired.
    fixable.sort((a, b) => rank(a) - rank(b));
    const before = changes.length;
    for (const issue of fixable) {
      const change = fix(value, issue);
      if (change) changes.push(change);
    }
    if (changes.length === before) return { ok: false, problems: z.prettifyError(result.error) };
  }
  return { ok: false, problems: 'The repair did not settle.' };
}

function isFixable(issue: Issue): boolean {
  if (issue.code === 'too_big') {
    return issue.inclusive !== false && ['number', 'string', 'array'].includes(issue.origin);
  }
  if (issue.code === 'too_small') return issue.origin === 'number' && issue.inclusive !== false;
  return issue.code === 'invalid_type' && issue.expected === 'int';
}

function rank(issue: Issue): number {
  return issue.code === 'too_big' && issue.origin === 'array' ? 0 : 1;
}

/** The container holding the value at `path`, and its key; null when the path no longer resolves. */
function locate(root: unknown, path: readonly PropertyKey[]): [Container, string | number] | null {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || typeof key === 'symbol') return null;
    node = (node as Container)[key];
  }
  const last = path.at(-1);
  if (typeof node !== 'object' || node === null || last === undefined || typeof last === 'symbol') {
    return null;
  }
  return [node as Container, last];
}

function fix(root: unknown, issue: Issue): RepairChange | null {
  const place = locate(root, issue.path);
  if (!place) return null; // inside something already cut away
  const [container, key] = place;
  const current = container[key];
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  if (issue.code === 'too_big' && Array.isArray(current)) {
    const limit = Number(issue.maximum);
    if (current.length <= limit) return null;
    return { kind: 'list', path, limit, removed: current.splice(limit) };
  }
  if (issue.code === 'too_big' && typeof current === 'string') {
    const limit = Number(issue.maximum);
    let cut = current.trim().slice(0, limit);
    // Never leave half of a character made of two UTF-16 units.
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    container[key] = cut;
    return { kind: 'text', path, limit, before: current };
  }
  if (typeof current !== 'number') return null;
  let after = current;
  if (issue.code === 'too_big') after = Number(issue.maximum);
  else if (issue.code === 'too_small') after = Number(issue.minimum);
  else after = Math.round(current);
  if (!Number.isFinite(after) || after === current) return null;
  container[key] = after;
  return { kind: 'number', path, before: current, after };
}
