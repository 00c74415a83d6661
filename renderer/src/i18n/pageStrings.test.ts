import { describe, expect, it } from 'vitest';
import type { StringTree } from '../../../shared/i18n/translate';
import consoleDa from './da.json?console';
import consoleLaterDa from './da.json?consoleLater';
import danish from './da.json';
import consoleEn from './en.json?console';
import consoleLaterEn from './en.json?consoleLater';
import english from './en.json';
import printDa from './printDa';
import printEn from './printEn';
import projectorDa from './projectorDa';
import projectorEn from './projectorEn';
import teamDa from './da.json?team';
import teamEn from './en.json?team';

// Every source file of the pages, as text, to follow a page's imports from its entry.
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

function resolve(from: string, spec: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const part of spec.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  const path = parts.join('/');
  return [path, `${path}.ts`, `${path}.tsx`].find((candidate) => candidate in sources);
}

const STATIC_IMPORT = /(?:from\s+|import\s+)'(\.[^']+)'/g;
const ANY_IMPORT = /(?:from\s+|import\s*\(?\s*)'(\.[^']+)'/g;

/**
 * The files a page's entry reaches through relative imports, static or dynamic; with
 * `firstLoad`, static ones only (the code of its first screen, without its lazy parts).
 */
function reachable(entry: string, firstLoad = false): string[] {
  const seen = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = sources[file] ?? '';
    for (const m of text.matchAll(firstLoad ? STATIC_IMPORT : ANY_IMPORT)) {
      const next = resolve(file, m[1] ?? '');
      if (next) todo.push(next);
    }
  }
  return [...seen];
}

/**
 * The keys a page's code asks for: whole keys, and the fixed start of computed ones. With
 * `firstLoad`, only its first screen's code, and every quoted text that starts like a key
 * (`'agenda.title'`, `` `rooms.${room}` ``) counts, as such texts often reach `t` through a
 * table or a variable.
 */
function keysAskedFor(entry: string, firstLoad = false): { keys: string[]; prefixes: string[] } {
  const keys: string[] = [];
  const prefixes: string[] = [];
  for (const file of reachable(entry, firstLoad)) {
    const text = sources[file] ?? '';
    if (firstLoad) {
      for (const m of text.matchAll(/['"`]([a-zA-Z]+\.[\w.]*)(\$\{|['"`])/g)) {
        const [, literal = '', end] = m;
        // Only texts that are sentences of the file: `'workshop.update'` is a command's name.
        if (
          !ALL_KEYS.some(
            (k) => k === literal || k.startsWith(end === '${' ? literal : `${literal}.`),
          )
        )
          continue;
        if (end === '${') prefixes.push(literal);
        else keys.push(literal);
      }
    }
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) keys.push(m[1] ?? '');
    for (const m of text.matchAll(/\bt\(\s*`([^`]*)`/g)) {
      const literal = m[1] ?? '';
      const dollar = literal.indexOf('${');
      if (dollar < 0) keys.push(literal);
      else prefixes.push(literal.slice(0, dollar));
    }
  }
  return { keys, prefixes };
}

function leafKeys(tree: StringTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`),
  );
}

const ALL_KEYS = leafKeys(danish).map((k) => k.replace(/_(one|other)$/, ''));

function expectCovered(entry: string, strings: StringTree, firstLoad = false): void {
  const { keys, prefixes } = keysAskedFor(entry, firstLoad);
  const present = leafKeys(strings).map((k) => k.replace(/_(one|other)$/, ''));
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) {
    // A quoted key may name a group of sentences (`'rooms.acting'`) that code completes.
    const found =
      present.includes(key) || (firstLoad && present.some((k) => k.startsWith(`${key}.`)));
    expect(found, key).toBe(true);
  }
  for (const prefix of prefixes) {
    expect(
      present.some((k) => k.startsWith(prefix)),
      prefix,
    ).toBe(true);
  }
}

// The projector and the print view load only parts of da.json/en.json: a sentence they show
// but did not load would appear as its key on the wall or on paper.
/** `part` and `more` as one tree, as the page's language store joins them. */
function joined(part: StringTree, more: StringTree): StringTree {
  const tree: Record<string, string | StringTree> = { ...part };
  for (const [key, value] of Object.entries(more)) {
    const had = tree[key];
    tree[key] = typeof had === 'object' && typeof value === 'object' ? joined(had, value) : value;
  }
  return tree;
}

describe('the strings each page loads', () => {
  it('holds every sentence the console’s first screen shows in its first load, in both languages', () => {
    expectCovered('../console/main.tsx', consoleDa, true);
    expectCovered('../console/main.tsx', consoleEn, true);
  });

  it('gives the console’s lazy parts the rest: the two loads make the whole file, nothing twice', () => {
    expect(joined(consoleDa, consoleLaterDa)).toEqual(danish);
    expect(joined(consoleEn, consoleLaterEn)).toEqual(english);
    const first = new Set(leafKeys(consoleDa));
    expect(leafKeys(consoleLaterDa).filter((k) => first.has(k))).toEqual([]);
    // Every sentence a lazy part (a dialog, a screen, the room tools) shows is in what it loads.
    expectCovered('../console/main.tsx', joined(consoleDa, consoleLaterDa));
    expectCovered('../console/main.tsx', joined(consoleEn, consoleLaterEn));
  });

  it('leaves the room tools’ and the export screen’s sentences out of the console’s first load', () => {
    const first = leafKeys(consoleDa);
    expect(first).not.toContain('roomsWork.wall.filter');
    expect(first.filter((k) => k.startsWith('record.export.'))).toEqual([
      'record.export.open',
      'record.export.openLog',
    ]);
    expect(JSON.stringify(consoleDa).length).toBeLessThan(JSON.stringify(danish).length / 2);
  });

  it('holds every sentence the projector shows, in Danish and in English', () => {
    // A projector PC's join page (issue 16) adds its own part when it loads.
    expectCovered('../projector/main.tsx', joined(projectorDa, teamDa));
    expectCovered('../projector/main.tsx', joined(projectorEn, teamEn));
    expect(Object.keys(projectorDa)).not.toContain('teamPage');
  });

  it('gives the team join page its own sentences', () => {
    expectCovered('../team/startTeamPage.tsx', joined(projectorDa, teamDa));
    expect(teamDa).toEqual({ teamPage: danish.teamPage });
    expect(teamEn).toEqual({ teamPage: english.teamPage });
  });

  it('holds every sentence the print view shows', () => {
    expectCovered('../print/main.tsx', printDa);
    expectCovered('../print/main.tsx', printEn);
  });

  it('leaves the console’s own sentences out of the projector', () => {
    expect(Object.keys(projectorDa)).not.toContain('roomsWork');
    expect(Object.keys(projectorDa)).not.toContain('settings');
    expect(Object.keys(projectorDa).length).toBeLessThan(Object.keys(danish).length / 2);
  });

  it('takes the parts from the same files, so a sentence is written once', () => {
    expect(projectorDa.projectorRooms).toEqual(danish.projectorRooms);
    expect(projectorEn.time).toEqual(english.time);
    expect(printEn.print).toEqual(english.print);
  });
});
