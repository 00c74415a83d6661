import type { Language } from '../languages';

/** The words the records (minutes, csv, xlsx) use for the evaluation, per language. */
export interface EvaluationStrings {
  heading: string;
  respondents: (n: number) => string;
  spreadNote: string;
  question: string;
  mean: string;
  sd: string;
  range: string;
  n: string;
  trend: string;
  rcHeading: string;
  rcNote: string;
  pair: string;
  before: string;
  after: string;
  change: string;
  /** Raw scores: columns and the sheet's name. */
  sheet: string;
  responseId: string;
  form: string;
  item: string;
  group: string;
  score: string;
  fileName: string;
}

export const EVALUATION_STRINGS: Readonly<Record<Language, EvaluationStrings>> = {
  da: {
    heading: 'Evaluering af samarbejdet',
    respondents: (n) => `PÅ TVÆRS: ${n} ${n === 1 ? 'svar' : 'svar'}, anonyme.`,
    spreadNote:
      'Skala 1 (slet ikke) til 5 (i meget høj grad). Spredning: standardafvigelse (n − 1) og laveste–højeste.',
    question: 'Spørgsmål',
    mean: 'Gns.',
    sd: 'Sd',
    range: 'Min–maks',
    n: 'n',
    trend: 'Tidligere møder',
    rcHeading: 'Relationel koordinering',
    rcNote: 'Gennemsnit af de syv dimensioner (1–5) pr. par af grupper; n = antal svar.',
    pair: 'Fra → til',
    before: 'Før',
    after: 'Efter',
    change: 'Ændring',
    sheet: 'Evalueringssvar',
    responseId: 'Svar-id',
    form: 'Skema',
    item: 'Spørgsmål',
    group: 'Par',
    score: 'Score',
    fileName: 'Evalueringssvar',
  },
  en: {
    heading: 'Evaluating the collaboration',
    respondents: (n) => `PÅ TVÆRS: ${n} ${n === 1 ? 'response' : 'responses'}, anonymous.`,
    spreadNote:
      'Scale 1 (not at all) to 5 (to a very high degree). Spread: standard deviation (n − 1) and lowest–highest.',
    question: 'Question',
    mean: 'Mean',
    sd: 'SD',
    range: 'Min–max',
    n: 'n',
    trend: 'Earlier meetings',
    rcHeading: 'Relational coordination',
    rcNote: 'Mean of the seven dimensions (1–5) per pair of groups; n = responses.',
    pair: 'From → to',
    before: 'Before',
    after: 'After',
    change: 'Change',
    sheet: 'Evaluation scores',
    responseId: 'Response id',
    form: 'Form',
    item: 'Question',
    group: 'Pair',
    score: 'Score',
    fileName: 'Evaluation scores',
  },
};
