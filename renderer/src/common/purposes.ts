import { PURPOSES, type Purpose } from '../../../shared/roomCatalogue';

export { PURPOSES };

export function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}
