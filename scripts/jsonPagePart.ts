import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { CONSOLE_FIRST_SCREEN } from '../renderer/src/i18n/consoleFirstScreen';
import { PROJECTOR_SECTIONS } from '../renderer/src/i18n/projectorSections';

/** `./da.json?projector`: the pages that load only parts of the console's strings. */
const PAGE_PART = /\.json\?(projector|print|console|consoleLater|team)$/;

type Json = { [key: string]: string | Json };

/** Whether the console's first screen shows `section.path` (consoleFirstScreen.ts). */
function onFirstScreen(section: string, path: string): boolean {
  const wanted = CONSOLE_FIRST_SCREEN[section];
  if (wanted === true) return true;
  const key = path.replace(/_(one|other)$/, '');
  return wanted?.some((entry) => key === entry || key.startsWith(`${entry}.`)) ?? false;
}

/** The strings under `section` whose place is (or is not) the first screen. */
function pick(section: string, node: Json, first: boolean, prefix = ''): Json {
  const part: Json = {};
  for (const [key, value] of Object.entries(node)) {
    const kept =
      typeof value === 'string'
        ? onFirstScreen(section, `${prefix}${key}`) === first
          ? value
          : null
        : pick(section, value, first, `${prefix}${key}.`);
    if (typeof kept === 'string' || (kept && Object.keys(kept).length > 0)) part[key] = kept;
  }
  return part;
}

/** Only the named sections of a strings file. */
function sections(text: string, names: readonly string[]): Json {
  const strings = JSON.parse(text) as Json;
  return Object.fromEntries(
    names.flatMap((name) => (name in strings ? [[name, strings[name]!]] : [])),
  );
}

/** The console's first-screen strings, or all the others: together, the whole file. */
export function consolePart(strings: Json, first: boolean): Json {
  const part: Json = {};
  for (const [section, node] of Object.entries(strings)) {
    if (typeof node === 'string') {
      if (first) part[section] = node;
      continue;
    }
    const kept = pick(section, node, first);
    if (Object.keys(kept).length > 0) part[section] = kept;
  }
  return part;
}

/**
 * The same JSON file again, as a module of its own for one page (renderer/src/i18n/projectorDa.ts
 * imports `./da.json?projector`). A module shared by two pages' chunks keeps every part either
 * page uses, so without this the projector would load all of the console's sentences; on its
 * own, the bundler keeps only the parts the page imports by name. The console's two parts,
 * `?console` and `?consoleLater`, are cut here by entry, since its first screen shows a few
 * sentences of many sections.
 */
export function jsonPagePart(): Plugin {
  return {
    name: 'dialogrum-json-page-part',
    enforce: 'pre',
    async load(id) {
      const page = PAGE_PART.exec(id)?.[1];
      if (!page) return null;
      const text = await readFile(id.replace(/\?.*$/, ''), 'utf8');
      // A team device's join page (issue 16): its own few sentences, with its own lazy code.
      if (page === 'team')
        return { code: JSON.stringify(sections(text, ['teamPage'])), moduleType: 'json' };
      if (page === 'projector')
        return { code: JSON.stringify(sections(text, PROJECTOR_SECTIONS)), moduleType: 'json' };
      if (page !== 'console' && page !== 'consoleLater') return { code: text, moduleType: 'json' };
      const part = consolePart(JSON.parse(text) as Json, page === 'console');
      return { code: JSON.stringify(part), moduleType: 'json' };
    },
  };
}
