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

// Issue 15: one i18n system. The host's words (notices, the menus, what it writes into a new
// workshop) are typed records in shared/i18n; a table or a language switch here would bring
// them back inline, out of reach of hostStrings.test.ts's check of both languages.
describe('the host words live in shared/i18n', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const folders = ['main/host', 'main/cli', 'main/electron', 'shared/series'];
  const sources = folders.flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => path.join(folder, f)),
  );
  const code = (file: string) =>
    readFileSync(path.join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');

  it('reads the host modules that once held their own words', () => {
    for (const file of [
      'main/host/openNotices.ts',
      'main/cli/programmeCommand.ts',
      'shared/series/nextMeeting.ts',
      'shared/series/seriesFileName.ts',
    ]) {
      expect(sources).toContain(file);
      expect(code(file), file).toMatch(/from '[./]+\/(shared\/)?i18n\/\w+'/);
    }
  });

  it('holds no table of words per language and no switch on the language', () => {
    for (const file of sources) {
      const text = code(file);
      expect(text, file).not.toMatch(/Record<\s*Language\s*,/);
      expect(text, file).not.toMatch(/\b(language|lang)\s*[!=]==?\s*'(da|en)'/);
      expect(text, file).not.toMatch(/'(da|en)'\s*[!=]==?\s*\w*(language|lang)\b/i);
      expect(text, file).not.toMatch(/\bconst da = /);
    }
  });
});
