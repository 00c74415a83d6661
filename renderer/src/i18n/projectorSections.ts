/**
 * The sections of da.json / en.json the projector shows: its `?projector` part holds these only
 * (scripts/jsonPagePart.ts), so the projector does not load the console's sentences.
 * pageStrings.test.ts keeps the list complete.
 */
export const PROJECTOR_SECTIONS = [
  'agenda',
  'app',
  'evaluation',
  'join',
  'projector',
  'projectorMode',
  'projectorRooms',
  'rooms',
  'run',
  'series',
  'time',
] as const;

export type ProjectorSection = (typeof PROJECTOR_SECTIONS)[number];
