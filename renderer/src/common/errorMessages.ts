import type { HostErrorCode } from '../client/hostClient';

/** Every code a request can fail with, mapped to its message key: the compiler keeps it complete. */
export const ERROR_MESSAGE_KEYS: Readonly<Record<HostErrorCode, `errors.${HostErrorCode}`>> = {
  'invalid-command': 'errors.invalid-command',
  'not-found': 'errors.not-found',
  'duplicate-id': 'errors.duplicate-id',
  'no-active-point': 'errors.no-active-point',
  'point-already-active': 'errors.point-already-active',
  'another-point-active': 'errors.another-point-active',
  'no-next-room': 'errors.no-next-room',
  'no-previous-room': 'errors.no-previous-room',
  'room-not-in-plan': 'errors.room-not-in-plan',
  'no-dots-left': 'errors.no-dots-left',
  'nothing-to-undo': 'errors.nothing-to-undo',
  'nothing-to-redo': 'errors.nothing-to-redo',
  'document-error': 'errors.document-error',
  'transport-error': 'errors.transport-error',
  internal: 'errors.internal',
};

/** Codes whose host message adds something the user can act on (e.g. why a file was refused). */
export const SHOW_DETAILS: ReadonlySet<HostErrorCode> = new Set(['document-error', 'internal']);
