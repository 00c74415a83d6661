import strings from './en.json?projector';
import type { ProjectorStrings } from './projectorDa';

/** The projector's English, the same sections as its Danish (projectorSections.ts). */
const english: ProjectorStrings = strings;
export default english;
