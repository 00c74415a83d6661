import { localeFor, type Language } from '../../../shared/languages';
import { translate, type StringTree, type Values } from '../../../shared/i18n/translate';

/** What a component translates with: the language in use and a lookup in its strings. */
export interface Translator<K extends string> {
  language: Language;
  /** Stable while the language stays the same, so it can sit in a hook's dependencies. */
  t: (key: K, values?: Values) => string;
}

export type LoadStrings = (language: Language) => Promise<StringTree>;

type Tree = Record<string, string | StringTree>;

/** `part` added to `tree`; a section both have gets the entries of both (new objects). */
function mergeInto(tree: Tree, part: StringTree): void {
  for (const [key, value] of Object.entries(part)) {
    const had = tree[key];
    if (typeof had === 'object' && typeof value === 'object') {
      const merged: Tree = { ...had };
      mergeInto(merged, value);
      tree[key] = merged;
    } else tree[key] = value;
  }
}

/**
 * A page's language: the strings of the language in use, loaded when it is first chosen (a page
 * loads one language at start, the other only when the user switches). Every page has one: the
 * phone (participant/i18n/phoneI18n.ts) and the console, projector and print view (i18n.ts).
 * A page may load its strings in parts (addStrings): a part joins the language's strings in
 * place, so `t` has its sentences without a new render; a language chosen later loads every
 * part added so far.
 */
export function createLanguageStore<K extends string>(load: LoadStrings) {
  const parts: LoadStrings[] = [load];
  // Each language's strings so far, and the loads of its parts (done or on their way).
  const trees = new Map<Language, Tree>();
  const loads = new Map<Language, Map<LoadStrings, Promise<void>>>();
  const listeners = new Set<() => void>();
  let wanted: Language | null = null;
  // Until the first language has loaded a key shows as itself (the pages render after it).
  let current: Translator<K> = { language: 'da', t: (key) => key };
  let ready = false;

  function treeOf(language: Language): Tree {
    let tree = trees.get(language);
    if (!tree) trees.set(language, (tree = {}));
    return tree;
  }

  function loadPart(language: Language, part: LoadStrings): Promise<void> {
    let started = loads.get(language);
    if (!started) loads.set(language, (started = new Map()));
    let loading = started.get(part);
    if (!loading) {
      const pending = started;
      loading = part(language).then(
        (strings) => mergeInto(treeOf(language), strings),
        (error: unknown) => {
          // Offline, say: the next use of the language or the part tries again.
          pending.delete(part);
          throw error;
        },
      );
      started.set(part, loading);
    }
    return loading;
  }

  /** Every part added so far, including those added while the others load. */
  async function loadAll(language: Language): Promise<void> {
    let count: number;
    do {
      count = parts.length;
      await Promise.all(parts.map((part) => loadPart(language, part)));
    } while (count !== parts.length);
  }

  return {
    /** Loads `language` if needed, then switches to it; a later choice wins over this one. */
    async setLanguage(language: Language): Promise<void> {
      wanted = language;
      await loadAll(language);
      // A later choice won; or this language is already in use (keep `t`, render nothing again).
      if (wanted !== language || (ready && current.language === language)) return;
      ready = true;
      const locale = localeFor(language);
      const texts = treeOf(language);
      current = { language, t: (key, values) => translate(texts, locale, key, values) };
      if (typeof document !== 'undefined') document.documentElement.lang = language;
      for (const listener of [...listeners]) listener();
    },
    /**
     * Adds a part of the page's strings (the same function each time: it loads once per
     * language); resolves once the language in use, and the one on its way, have it.
     */
    async addStrings(part: LoadStrings): Promise<void> {
      if (!parts.includes(part)) parts.push(part);
      const languages = new Set([current.language, wanted ?? current.language]);
      await Promise.all([...languages].map((language) => loadPart(language, part)));
    },
    current: (): Translator<K> => current,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LanguageStore<K extends string> = ReturnType<typeof createLanguageStore<K>>;
