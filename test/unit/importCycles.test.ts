// The source's import graph, read from its files (a check that needs Node, so it lives here): no
// module reaches itself, not even through a type-only import. A zod-free module (timerClock.ts,
// settingsCatalogue.ts, model/actionStatus.ts …) that imported a type back from its schema module
// made one (issue 15); a shared type now lives on the zod-free side or in its own small file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['shared', 'main', 'renderer/src'];

const isSource = (file: string) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file);

const sources = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter(isSource)
    .map((file) => path.join(folder, file)),
);

/** Every relative module a file imports or re-exports, statically, by type or by import(). */
function importsOf(file: string): string[] {
  const code = readFileSync(path.join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const specs = [...code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
    (m) => m[1] ?? '',
  );
  return specs.flatMap((spec) => {
    const base = path.join(path.dirname(file), spec);
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base].find(
      (candidate) => isSource(candidate) && existsSync(path.join(root, candidate)),
    );
    return found ? [found] : [];
  });
}

/** The first cycle found, as the files around it, or null. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of graph.keys()) {
    if (state.has(file)) continue;
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe('import cycles', () => {
  const graph = new Map(sources.map((file) => [file, importsOf(file)]));

  it('reads the imports, type-only ones too', () => {
    expect(graph.get(path.join('shared', 'timer.ts'))).toContain(
      path.join('shared', 'timerClock.ts'),
    );
    expect(graph.get(path.join('shared', 'settingsCatalogue.ts'))).toContain(
      path.join('shared', 'settingsSchema.ts'),
    );
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['b.ts']],
    ]);
    expect(findCycle(looped)).toEqual(['b.ts', 'c.ts', 'b.ts']);
  });

  it('has none in shared/, main/ or the pages', () => {
    expect(findCycle(graph)?.join(' → ') ?? null).toBeNull();
  });
});
