/** Codes a user can be told about; the renderer maps each to an i18n message. */
export type DomainErrorCode =
  | 'invalid-command'
  | 'not-found'
  | 'duplicate-id'
  | 'no-active-point'
  | 'point-already-active'
  /** Ideas in turn were started already, by another device or a second press (issue 16). */
  | 'turns-already-started'
  | 'another-point-active'
  | 'no-next-room'
  | 'no-previous-room'
  | 'room-not-in-plan'
  | 'no-dots-left'
  | 'nothing-to-undo'
  | 'nothing-to-redo'
  /** A command would take a count or a number past the workshop schema's limit. */
  | 'limit-reached'
  /** A team device asked for something its role may not do (shared/team/permissions.ts). */
  | 'forbidden'
  /** An undo or redo another device's later change stands in the way of (shared/history.ts). */
  | 'undo-conflict';

/** A command that cannot apply to the current state. State is left exactly as it was. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly details: Record<string, string | number> | undefined;

  constructor(code: DomainErrorCode, message: string, details?: Record<string, string | number>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** What a `limit-reached` refusal names: the workshop's field (a path) and its limit. */
export interface LimitDetails {
  field: string;
  limit: number;
}

export function limitReached(details: LimitDetails, message: string): DomainError {
  return new DomainError('limit-reached', message, { field: details.field, limit: details.limit });
}
