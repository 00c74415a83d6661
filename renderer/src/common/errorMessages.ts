import type { HostErrorCode } from '../client/hostClient';
import type { TFunction, TranslationKey } from '../i18n/i18n';
import type { ShownError } from './errorStore';

/** Every code a request can fail with, mapped to its message key: the compiler keeps it complete. */
export const ERROR_MESSAGE_KEYS: Readonly<Record<HostErrorCode, `errors.${HostErrorCode}`>> = {
  'invalid-command': 'errors.invalid-command',
  'not-found': 'errors.not-found',
  'duplicate-id': 'errors.duplicate-id',
  'no-active-point': 'errors.no-active-point',
  'point-already-active': 'errors.point-already-active',
  'turns-already-started': 'errors.turns-already-started',
  'another-point-active': 'errors.another-point-active',
  'no-next-room': 'errors.no-next-room',
  'no-previous-room': 'errors.no-previous-room',
  'room-not-in-plan': 'errors.room-not-in-plan',
  'no-dots-left': 'errors.no-dots-left',
  'nothing-to-undo': 'errors.nothing-to-undo',
  'nothing-to-redo': 'errors.nothing-to-redo',
  'limit-reached': 'errors.limit-reached',
  forbidden: 'errors.forbidden',
  'undo-conflict': 'errors.undo-conflict',
  'document-error': 'errors.document-error',
  'transport-error': 'errors.transport-error',
  internal: 'errors.internal',
};

/** Codes whose host message adds something the user can act on (e.g. why a file was refused). */
export const SHOW_DETAILS: ReadonlySet<HostErrorCode> = new Set(['document-error', 'internal']);

/**
 * The field a refusal names, in the user's language: the last part of the host's path
 * ("participant.organisation" → organisation), looked up under errors.fields; null when unknown.
 */
export function fieldName(field: string | number | undefined, t: TFunction): string | null {
  if (typeof field !== 'string') return null;
  // Whatever field the host names: one without a name here comes back as its key.
  const key = `errors.fields.${field.split('.').at(-1) ?? field}` as TranslationKey;
  const name = t(key);
  return name === key ? null : name;
}

/**
 * What the alert says: the field and its limit when the host named them ("Titel: højst 200 tegn
 * (du skrev 336)"), a count limit that was reached, or else the code's own message.
 */
export function errorText(error: Pick<ShownError, 'code' | 'details'>, t: TFunction): string {
  const details = error.details ?? {};
  const field = fieldName(details.field, t);
  const { limit, length } = details;
  if (error.code === 'limit-reached' && typeof limit === 'number') {
    return t('errors.limitReached', { field: field ?? t('errors.fields.unknown'), limit });
  }
  if (error.code === 'invalid-command' && field !== null) {
    if (typeof limit === 'number' && typeof length === 'number') {
      return t('errors.tooLong', { field, limit, written: length });
    }
    if (details.required === 1) return t('errors.required', { field });
    return t('errors.invalidField', { field });
  }
  return t(ERROR_MESSAGE_KEYS[error.code]);
}
