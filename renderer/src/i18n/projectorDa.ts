import {
  agenda,
  app,
  evaluation,
  join,
  projector,
  projectorMode,
  projectorRooms,
  rooms,
  run,
  series,
  time,
} from './da.json?projector';

/**
 * The parts of da.json the projector shows (pageStrings.test.ts keeps the list complete),
 * so the projector does not load the console's sentences.
 */
const strings = {
  agenda,
  app,
  evaluation,
  join,
  projector,
  projectorMode,
  projectorRooms,
  rooms,
  run,
  series,
  time,
};
export default strings;
export type ProjectorStrings = typeof strings;
