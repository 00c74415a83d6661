import { PURPOSES, type Purpose } from '../../../shared/rooms';

export { PURPOSES };

export function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}
