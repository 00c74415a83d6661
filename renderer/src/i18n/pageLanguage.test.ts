import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/languages';
import danish from './da.json';
import english from './en.json';
import type { StringLoaders } from './i18n';

/** A page's loaders that count what was fetched. */
function counting() {
  const fetched: Language[] = [];
  const loaders: StringLoaders = {
    da: () => (fetched.push('da'), Promise.resolve({ default: danish })),
    en: () => (fetched.push('en'), Promise.resolve({ default: english })),
  };
  return { fetched, loaders };
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The page's i18n module as a page that has just opened has it. */
async function openPage() {
  vi.resetModules();
  return import('./i18n');
}

afterEach(() => vi.unstubAllGlobals());

describe('a page’s language', () => {
  it('opens in the language used last, fetching only it, and the other when the host switches', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const page = await openPage();
    const first = counting();
    // Nothing remembered yet: Danish, until the host's settings say otherwise.
    await page.startI18n(first.loaders);
    expect(page.currentLanguage()).toBe('da');
    expect(first.fetched).toEqual(['da']);

    page.applyLanguage('en');
    expect(page.currentLanguage()).toBe('da'); // until English is here
    await settle();
    expect(page.currentLanguage()).toBe('en');
    expect(first.fetched).toEqual(['da', 'en']);

    // Opened again (the projector, the next start): English at once, Danish not fetched.
    const reopened = await openPage();
    const again = counting();
    await reopened.startI18n(again.loaders);
    expect(reopened.currentLanguage()).toBe('en');
    expect(again.fetched).toEqual(['en']);
  });

  it('still opens, in Danish, where nothing can be remembered', async () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('storage is off');
      },
      setItem: () => {
        throw new Error('storage is off');
      },
    });
    const page = await openPage();
    const loading = counting();
    await page.startI18n(loading.loaders);
    page.applyLanguage('en');
    await settle();
    expect(page.currentLanguage()).toBe('en');
    // The next page cannot know: it opens in Danish and follows the host's settings.
    const reopened = await openPage();
    await reopened.startI18n(counting().loaders);
    expect(reopened.currentLanguage()).toBe('da');
  });
});
