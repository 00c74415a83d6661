/**
 * The seven effective idea killers (docs/method.md § The seven idea killers), with the looser ways
 * people say them. A signature is a word sequence: words must appear in this order, a few other
 * words may stand between them, `a|b` is either word (one word each: write a second signature for
 * `do not`), `word*` matches any word that starts with `word`. Apostrophes are dropped: `don't` is
 * `dont`.
 */
export interface IdeaKiller {
  id: number;
  da: string;
  en: string;
  signatures: readonly string[];
}

export const IDEA_KILLERS: readonly IdeaKiller[] = [
  {
    id: 1,
    da: 'Det har vi prøvet',
    en: 'We have tried that',
    signatures: [
      'det har vi prøv*',
      'vi har prøv* det|dét|den|sådan|noget',
      'det er blevet prøv*',
      'har vi forsøgt',
      'prøvet før',
      'we tried that|this|it',
      'we have tried that|this|it',
      'weve tried that|this|it',
      'tried that|this|it before|already',
      'been tried',
      'done that|this before',
    ],
  },
  {
    id: 2,
    da: 'Det vil betyde mere arbejde',
    en: 'That would mean more work',
    signatures: [
      'betyd* mere|ekstra arbejde',
      'giver|give|kræver|kræve mere|ekstra arbejde',
      'det er|bliver mere arbejde',
      'mean|means more|extra work',
      'create|creates|be more|extra work',
      'too much work',
      'thats more work',
    ],
  },
  {
    id: 3,
    da: 'Du forstår ikke problemet',
    en: "You don't understand the problem",
    signatures: [
      'du forstår ikke',
      'forstår ikke problemet',
      'du har ikke forstået',
      'you dont understand',
      'you do not understand',
      'you dont get it|the',
      'you havent understood',
      'you have no idea',
    ],
  },
  {
    id: 4,
    da: 'Det har vi ikke tid til',
    en: "We don't have time for that",
    signatures: [
      'har vi ikke tid',
      'har ikke tid',
      'ikke tid til',
      'ingen tid til',
      'dont have time',
      'do not have time',
      'havent got time',
      'no time for',
      'not enough time',
    ],
  },
  {
    id: 5,
    da: 'Det fungerer ikke i praksis',
    en: "It doesn't work in practice",
    signatures: [
      'fungerer|virker ikke i praksis',
      'det fungerer|virker ikke',
      'kan ikke fungere|virke',
      'vil aldrig fungere|virke',
      'doesnt|dont|wont|not work in practice',
      'it|that|this doesnt|wont work',
      'will never work',
      'never works|work in practice',
    ],
  },
  {
    id: 6,
    da: 'Jeg ved det ikke kan lade sig gøre',
    en: "I know it can't be done",
    signatures: [
      'ikke kan lade sig gøre',
      'kan ikke lade sig gøre',
      'lader sig ikke gøre',
      'kan aldrig lade sig gøre',
      'kan ikke gøres',
      'umulig*',
      'cant|cannot be done',
      'can not be done',
      'impossible',
      'not possible',
      'will never happen',
      'wont happen',
    ],
  },
  {
    id: 7,
    da: 'Hvis idéen er så god som du siger, var der sikkert andre der havde fundet på det før dig',
    en: 'If the idea were that good, someone would have thought of it before you',
    signatures: [
      'hvis idéen|ideen|det er|var så god',
      'andre|nogen havde fundet på det',
      'nogen|andre ville have fundet på',
      'someone|somebody|others would have thought|done',
      'if it|the idea was|were that|so good',
      'would have thought of it|that before',
    ],
  },
];
