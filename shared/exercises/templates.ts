import type { ExerciseKind, StepKind } from '../model/exercises';
import type { Language } from '../settings';

/** A text in both languages: templates are content the facilitator starts from, then edits. */
export type Texts = Record<Language, string>;

export interface TemplateStep {
  kind: StepKind;
  /** Minutes for the step; in pairs and round steps, for one speaker's turn. */
  minutes: number;
  title: Texts;
  prompt?: Texts;
}

export interface ExerciseTemplate {
  id: 'pair' | 'round' | 'discussion';
  kind: ExerciseKind;
  name: Texts;
  /** What the template is for, for the library's list. */
  summary: Texts;
  question: Texts;
  prompts: Record<Language, string[]>;
  steps: TemplateStep[];
}

/**
 * The exercises of the method's workshops (docs/method.md § Exercises, rounds and turns), with the
 * material's own questions as defaults.
 */
export const EXERCISE_TEMPLATES: readonly ExerciseTemplate[] = [
  {
    id: 'pair',
    kind: 'pair',
    name: { da: 'Parøvelse', en: 'Pair exercise' },
    summary: {
      da: 'Først hver for sig, så med sidemakkeren på skift, til sidst fælles opsamling.',
      en: 'First on your own, then with your neighbour taking turns, then summing up together.',
    },
    question: {
      da: 'Hvordan kan vi selv styrke ledelse på tværs af sektorer?',
      en: 'How can we ourselves strengthen leadership across sectors?',
    },
    prompts: { da: [], en: [] },
    steps: [
      {
        kind: 'individual',
        minutes: 10,
        title: { da: 'Individuel refleksion', en: 'Individual reflection' },
      },
      {
        kind: 'pairs',
        minutes: 10,
        title: { da: 'Drøft med din sidemakker', en: 'Discuss with your neighbour' },
        prompt: {
          da: 'Én taler, én lytter og spørger. Så bytter I.',
          en: 'One speaks, one listens and asks. Then you switch.',
        },
      },
      {
        kind: 'plenary',
        minutes: 15,
        title: {
          da: 'Opsamling og fælles refleksion i plenum',
          en: 'Summing up and shared reflection in plenary',
        },
      },
    ],
  },
  {
    id: 'round',
    kind: 'round',
    name: { da: 'Runde', en: 'Round' },
    summary: {
      da: 'Hver deltager eller organisation taler på skift med en fast tid.',
      en: 'Each participant or organisation speaks in turn, with a set time each.',
    },
    question: { da: 'Hvad er vi optaget af for tiden?', en: 'What occupies us right now?' },
    prompts: { da: [], en: [] },
    steps: [
      {
        kind: 'round',
        minutes: 2,
        title: { da: 'Runden', en: 'The round' },
      },
    ],
  },
  {
    id: 'discussion',
    kind: 'discussion',
    name: { da: 'Gruppedrøftelse', en: 'Group discussion' },
    summary: {
      da: 'Drøftelse i grupper med spørgsmål at gå ud fra, og en kort opsamling.',
      en: 'Discussion in groups with questions to start from, and a short summing up.',
    },
    question: { da: '', en: '' },
    prompts: {
      da: ['Hvad genkender I?', 'Hvad giver jer nye perspektiver?'],
      en: ['What do you recognise?', 'What gives you new perspectives?'],
    },
    steps: [
      { kind: 'discussion', minutes: 20, title: { da: 'Drøftelse', en: 'Discussion' } },
      {
        kind: 'plenary',
        minutes: 10,
        title: { da: 'Opsamling i plenum', en: 'Summing up in plenary' },
      },
    ],
  },
];

export function findTemplate(id: ExerciseTemplate['id']): ExerciseTemplate {
  const template = EXERCISE_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`No exercise template ${id}`);
  return template;
}
