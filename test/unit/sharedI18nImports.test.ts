// shared/i18n's imports, read from its files (a check that needs Node, so it lives here and not
// beside the pure module): no import cycle, and nothing reached outside but languages and types.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('shared/i18n imports', () => {
  const dir = fileURLToPath(new URL('../../shared/i18n/', import.meta.url));
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const importsOf = (file: string): string[] =>
    [...readFileSync(path.join(dir, file), 'utf8').matchAll(/from '(\.[^']+)'/g)].map(
      (m) => m[1] ?? '',
    );

  it('reads the module files', () => {
    expect(modules).toContain('exportStrings.ts');
  });

  it('has no import cycle: the language files import the strings type, not the lookup', () => {
    const inside = (spec: string) => (spec.startsWith('./') ? `${spec.slice(2)}.ts` : null);
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      importsOf(from)
        .map(inside)
        .some((next) => {
          if (next === null || seen.has(next)) return false;
          seen.add(next);
          return next === target || reaches(next, target, seen);
        });
    for (const file of modules) expect(reaches(file, file), file).toBe(false);
  });

  it('reaches outside itself only for the languages and domain types, never the exporters', () => {
    for (const file of modules) {
      for (const spec of importsOf(file).filter((s) => s.startsWith('../'))) {
        expect(spec, file).toMatch(/^\.\.\/(languages|rooms|model\/\w+)$/);
      }
    }
  });
});
