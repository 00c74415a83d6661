import { z } from 'zod';

/** Bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Zero-width space, word joiner and BOM: never meaningful inside Danish or English text. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
/** Joiners (ZWJ, ZWNJ) are kept inside text (emoji sequences need them), not on their own. */
const ONLY_JOINERS = /^[\s\u200C\u200D]*$/u;

/**
 * The one normalisation of user text: NFC (so "é" typed two ways is one text of one length);
 * bidi control characters removed (they could make a projected line read differently from what
 * was typed); invisible zero-width characters removed; a text of nothing but joiners and space
 * becomes empty (so `.min(1)` refuses it where a text is required); then trimmed.
 */
export function normaliseText(input: string): string {
  const text = input.normalize('NFC').replace(BIDI_CONTROLS, '').replace(INVISIBLE, '');
  return ONLY_JOINERS.test(text) ? '' : text.trim();
}

/**
 * A user text of at most `max` characters, counted after normalising. Every user-text field of
 * the model is built with this; add `.min(1)` where the text is required.
 */
export function userText(max: number) {
  return z.string().overwrite(normaliseText).max(max);
}
