import type { Sector } from '../../../shared/model/sectors';

/**
 * The tag colours of the wall, one table for console and projector so they agree. Dark enough
 * for white tag text at 7:1 or more, hues far apart; the tag always names the organisation
 * too: colour is never the only signal.
 */
export const SECTOR_COLOURS: Readonly<Record<Sector, string>> = {
  hospital: '#0b4f8a',
  municipality: '#1b5e34',
  'general-practice': '#7a1f5c',
  region: '#7a4100',
  citizen: '#005a60',
  other: '#3f4651',
};

/** For colouring by organisation: as many distinct dark hues as a cross-sector room needs. */
export const ORGANISATION_COLOURS = [
  '#0b4f8a',
  '#1b5e34',
  '#7a1f5c',
  '#7a4100',
  '#005a60',
  '#5b2c8f',
  '#8a1c1c',
  '#3f4651',
] as const;
