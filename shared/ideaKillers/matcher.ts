import { IDEA_KILLERS, type IdeaKiller } from './catalogue';

export interface KillerMatch {
  killerId: number;
  /** Where in the original text the phrase stands, for marking it. */
  start: number;
  end: number;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** How many other words may stand between two words of a signature. */
const MAX_GAP = 2;

/** Lower case, accents folded (idéen = ideen), apostrophes dropped (don't = dont). */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`´]/g, '');
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  // Normalisation keeps one character per character except combining marks; match on the
  // original so offsets point into the text the user typed.
  for (const m of text.matchAll(/[\p{L}\p{N}'’`´]+/gu)) {
    const word = normalise(m[0]);
    if (word) tokens.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

type WordTest = (word: string) => boolean;

function compileWord(spec: string): WordTest {
  const options = normalise(spec)
    .split('|')
    .map((o) =>
      o.endsWith('*') ? { prefix: true, text: o.slice(0, -1) } : { prefix: false, text: o },
    );
  return (word) => options.some((o) => (o.prefix ? word.startsWith(o.text) : word === o.text));
}

export interface CompiledKiller {
  id: number;
  signatures: WordTest[][];
}

export function compileCatalogue(killers: readonly IdeaKiller[]): CompiledKiller[] {
  return killers.map((k) => ({
    id: k.id,
    signatures: k.signatures.map((s) => s.trim().split(/\s+/).map(compileWord)),
  }));
}

/** The end token index of the first match of `words` starting at `from`, or -1. */
function matchAt(tokens: Token[], words: WordTest[], from: number): number {
  let at = from;
  for (let w = 0; w < words.length; w++) {
    const test = words[w]!;
    const limit = w === 0 ? at : Math.min(tokens.length - 1, at + MAX_GAP);
    let found = -1;
    for (let i = at; i <= limit && i < tokens.length; i++) {
      if (test(tokens[i]!.word)) {
        found = i;
        break;
      }
    }
    if (found < 0) return -1;
    at = found + 1;
  }
  return at - 1;
}

const defaultCompiled = compileCatalogue(IDEA_KILLERS);

/**
 * The first likely idea killer in a text, in Danish or English, said loosely
 * ("det har vi jo prøvet før", "we tried that already"), or null.
 */
export function findIdeaKiller(
  text: string,
  catalogue: CompiledKiller[] = defaultCompiled,
): KillerMatch | null {
  const tokens = tokenise(text);
  for (let start = 0; start < tokens.length; start++) {
    for (const killer of catalogue) {
      for (const words of killer.signatures) {
        const end = matchAt(tokens, words, start);
        if (end >= 0)
          return { killerId: killer.id, start: tokens[start]!.start, end: tokens[end]!.end };
      }
    }
  }
  return null;
}
