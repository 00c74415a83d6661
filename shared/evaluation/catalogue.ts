import type { Language } from '../languages';

/**
 * The evaluation's fixed content (docs/method.md § Evaluating the collaboration). PÅ TVÆRS
 * (Jørgensen) has 21 questions in six dimensions; only the two dimensions below (questions 9–16)
 * are in the material, so only they are here. Users add their own questions beside them; nothing
 * else is invented.
 */
export interface Bilingual {
  da: string;
  en: string;
}

export interface PaTvaersQuestion extends Bilingual {
  /** The item id scores are kept under: `pt9` … `pt16`. */
  id: string;
  number: number;
  dimension: 'meetings' | 'between';
}

export const PATVAERS_DIMENSIONS: Readonly<Record<PaTvaersQuestion['dimension'], Bilingual>> = {
  meetings: { da: 'Møderne', en: 'The meetings' },
  between: { da: 'Mellemrummene mellem møderne', en: 'The spaces between meetings' },
};

export const PATVAERS_QUESTIONS: readonly PaTvaersQuestion[] = [
  {
    id: 'pt9',
    number: 9,
    dimension: 'meetings',
    da: 'Møderne giver værdi i forhold til de ressourcer, der bruges på dem',
    en: 'The meetings give value for the resources spent on them',
  },
  {
    id: 'pt10',
    number: 10,
    dimension: 'meetings',
    da: 'Dialogen er konstruktiv: vi reflekterer og lader os inspirere af hinandens input i plenum',
    en: "The dialogue is constructive: we reflect and are inspired by each other's input in plenary",
  },
  {
    id: 'pt11',
    number: 11,
    dimension: 'meetings',
    da: 'Hvert dagsordenspunkt giver et klart output',
    en: 'Each agenda item has a clear output',
  },
  {
    id: 'pt12',
    number: 12,
    dimension: 'meetings',
    da: 'Faciliteringen er tilpasset hvert punkts formål (orientering, udvikling, beslutning)',
    en: "Facilitation is adapted to each item's purpose (orientation, development, decision)",
  },
  {
    id: 'pt13',
    number: 13,
    dimension: 'between',
    da: 'Der er fremdrift og handling på aftalerne mellem møderne',
    en: 'There is progress and action on the agreements between meetings',
  },
  {
    id: 'pt14',
    number: 14,
    dimension: 'between',
    da: 'Der er en klar procesplan: hvem gør hvad mellem møderne',
    en: 'There is a clear process plan: who does what between meetings',
  },
  {
    id: 'pt15',
    number: 15,
    dimension: 'between',
    da: 'Uforudsete hændelser og barrierer mellem møderne håndteres agilt',
    en: 'Unforeseen events and barriers between meetings are handled with agility',
  },
  {
    id: 'pt16',
    number: 16,
    dimension: 'between',
    da: 'Der er overblik over status og fremdrift i igangsatte aktiviteter fra møde til møde',
    en: 'There is an overview of the status and progress of started activities from meeting to meeting',
  },
];

/** The 1–5 scale's words, index 0 = score 1. */
export const SCALE_WORDS: Readonly<Record<Language, readonly string[]>> = {
  da: ['slet ikke', 'i begrænset grad', 'i nogen grad', 'i høj grad', 'i meget høj grad'],
  en: [
    'not at all',
    'to a limited degree',
    'to some degree',
    'to a high degree',
    'to a very high degree',
  ],
};

/** Relational coordination (Gittell): the seven dimensions, short keys so item ids stay short. */
export const RC_DIMENSIONS = [
  { key: 'freq', kind: 'communication', da: 'Hyppig kommunikation', en: 'Frequent communication' },
  { key: 'time', kind: 'communication', da: 'Rettidig kommunikation', en: 'Timely communication' },
  { key: 'acc', kind: 'communication', da: 'Præcis kommunikation', en: 'Accurate communication' },
  {
    key: 'prob',
    kind: 'communication',
    da: 'Problemløsende kommunikation',
    en: 'Problem-solving communication',
  },
  { key: 'goals', kind: 'relationship', da: 'Fælles mål', en: 'Shared goals' },
  { key: 'know', kind: 'relationship', da: 'Fælles viden', en: 'Shared knowledge' },
  { key: 'resp', kind: 'relationship', da: 'Gensidig respekt', en: 'Mutual respect' },
] as const satisfies readonly (Bilingual & { key: string; kind: string })[];

export type RcDimensionKey = (typeof RC_DIMENSIONS)[number]['key'];

export const RC_ROUNDS = ['before', 'after'] as const;
export type RcRound = (typeof RC_ROUNDS)[number];

export const FORM_TITLES: Readonly<Record<'pataevaers' | RcRound, Bilingual>> = {
  pataevaers: {
    da: 'Evaluering af samarbejdet (PÅ TVÆRS)',
    en: 'Evaluating the collaboration (PÅ TVÆRS)',
  },
  before: { da: 'Relationel koordinering – før', en: 'Relational coordination – before' },
  after: { da: 'Relationel koordinering – efter', en: 'Relational coordination – after' },
};
