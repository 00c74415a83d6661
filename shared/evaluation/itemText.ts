import { PATVAERS_QUESTIONS, RC_DIMENSIONS } from './catalogue';
import { parseRcItemId } from './forms';
import type { Language } from '../languages';

/**
 * An item's label in the reader's language when it is one of the catalogue's (a PÅ TVÆRS question
 * or a Gittell dimension); otherwise the label as written (the users' own questions).
 */
export function itemText(itemId: string, fallback: string, lang: Language): string {
  const question = PATVAERS_QUESTIONS.find((q) => q.id === itemId);
  if (question) return `${question.number}. ${question[lang]}`;
  const rc = parseRcItemId(itemId);
  const dimension = rc ? RC_DIMENSIONS.find((d) => d.key === rc.dimension) : undefined;
  return dimension ? dimension[lang] : fallback;
}

export function asLang(language: string): Language {
  return language.startsWith('en') ? 'en' : 'da';
}
