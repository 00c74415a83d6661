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
} from './en.json?projector';
import type { ProjectorStrings } from './projectorDa';

/** The projector's English, the same parts as its Danish (projectorDa.ts). */
const strings: ProjectorStrings = {
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
