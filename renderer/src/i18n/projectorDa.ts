import strings from './da.json?projector';

/** The projector's Danish: the sections of da.json it shows (projectorSections.ts). */
export default strings;
export type ProjectorStrings = typeof strings;
