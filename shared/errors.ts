/** Codes a user can be told about; the renderer maps each to an i18n message. */
export type DomainErrorCode =
  | 'invalid-command'
  | 'not-found'
  | 'duplicate-id'
  | 'no-active-point'
  | 'point-already-active'
  | 'another-point-active'
  | 'no-next-room'
  | 'no-previous-room'
  | 'room-not-in-plan'
  | 'no-dots-left'
  | 'nothing-to-undo'
  | 'nothing-to-redo';

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
